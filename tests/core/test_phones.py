"""Phone numbers are stored international, shown "+86 10 8929 2038", linked as
tel:+861089292038, and a bad one is refused with a clear, translated message."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.utils import translation

from apps.core.models import SiteSettings
from apps.core.phones import display, tel_href
from apps.districts.models import District

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "shown", "href"),
    [
        ("+86-010-89292038", "+86 10 8929 2038", "tel:+861089292038"),
        ("010 8929 2038", "+86 10 8929 2038", "tel:+861089292038"),
        ("+861089292038", "+86 10 8929 2038", "tel:+861089292038"),
        ("13800138000", "+86 138 0013 8000", "tel:+8613800138000"),
        ("+1 415 555 2671", "+1 415-555-2671", "tel:+14155552671"),
    ],
)
def test_numbers_are_shown_and_linked_in_international_form(typed, shown, href):
    assert display(typed) == shown
    assert tel_href(typed) == href


def test_no_number_gives_no_link():
    assert display("") == ""
    assert tel_href("") == ""
    assert tel_href("ask at the desk") == ""
    assert display("ask at the desk") == "ask at the desk"


def test_a_saved_number_is_stored_without_the_domestic_zero():
    settings_row = SiteSettings.objects.create(pk=1, phone="+86-010-89292038")
    settings_row.refresh_from_db()
    assert str(settings_row.phone) == "+861089292038"


def test_template_filters():
    template = Template('{% load phones %}<a href="{{ n|tel_href }}">{{ n|phone }}</a>')
    html = template.render(Context({"n": "+861089292038"}))
    assert html == '<a href="tel:+861089292038">+86 10 8929 2038</a>'


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "Enter a valid phone number, for example +86 10 8929 2038"),
        ("zh-hans", "请输入有效的电话号码"),
    ],
)
def test_a_bad_number_is_refused_with_a_translated_message(language, message):
    field = District._meta.get_field("contact_phone").formfield()
    with translation.override(language):
        with pytest.raises(ValidationError) as error:
            field.clean("12345")
        assert message in error.value.messages[0]
