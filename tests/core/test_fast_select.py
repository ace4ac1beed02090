"""Filter selects are written in Python but must give exactly Django's HTML."""

from __future__ import annotations

import pytest
from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.core.widgets import FastSelect, use_fast_selects
from tests.factories.districts import DistrictFactory


class _Form(forms.Form):
    flat = forms.ChoiceField(
        choices=[("", "Any"), ("a&b", "A <b> & “C”"), (2024, 2024), ("x", "X")],
        required=False,
    )
    grouped = forms.ChoiceField(
        choices=[("Fruit", [("apple", "Apple"), ("pear", "Pear")]), ("nut", "Nut")],
        required=False,
    )
    several = forms.MultipleChoiceField(
        choices=[("a", "A"), ("b", "B")], required=False
    )


@pytest.mark.parametrize(
    "data",
    [{}, {"flat": "a&b", "grouped": "pear", "several": ["a", "b"]}, {"flat": "2024"}],
)
def test_fast_select_html_equals_djangos(data):
    slow = _Form(data)
    fast = use_fast_selects(_Form(data))
    assert type(fast.fields["flat"].widget) is FastSelect
    for name in ("flat", "grouped", "several"):
        assert str(fast[name]) == str(slow[name])
    assert "A &lt;b&gt; &amp; “C”" in str(fast["flat"])


@pytest.mark.django_db
def test_fast_select_html_equals_djangos_for_model_choices(django_assert_num_queries):
    from apps.districts.models import District

    DistrictFactory(slug="daxing", name_en="Daxing")
    DistrictFactory(slug="changping", name_en="Changping")

    class DistrictForm(forms.Form):
        district = forms.ModelChoiceField(
            District.objects.all(), to_field_name="slug", required=False
        )

    slow = DistrictForm({"district": "daxing"})
    fast = use_fast_selects(DistrictForm({"district": "daxing"}))
    with CaptureQueriesContext(connection) as django_queries:
        slow_html = str(slow["district"])
    # The choices are read as often as Django reads them (once), not once more.
    with django_assert_num_queries(len(django_queries)):
        html = str(fast["district"])
    assert html == slow_html
    assert '<option value="daxing" selected>' in html
