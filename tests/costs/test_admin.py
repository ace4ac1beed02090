"""The cost admin: opens, refuses bad values with a message, and keeps district
editors to their districts."""

from __future__ import annotations

import pytest

from apps.costs.models import CostItem
from tests.accounts.conftest import make_staff
from tests.core.admin_forms import admin_url, form_errors, publishing_data
from tests.factories.costs import CostItemFactory

pytestmark = pytest.mark.django_db


def cost_data(district, **values) -> dict:
    return {
        **publishing_data("published"),
        "district": district.pk,
        "category": "factory_rent",
        "label_en": "Standard factory",
        "label_zh_hans": "标准厂房",
        "value_low": "45",
        "value_high": "60",
        "unit": "CNY/m2/month",
        "year": "2025",
        "period": "year",
        "source_en": "District bureau",
        **values,
    }


def test_admin_pages_open(admin_client, daxing):
    item = CostItemFactory(district=daxing)
    for url in (
        admin_url(CostItem, "changelist"),
        admin_url(CostItem, "add"),
        admin_url(CostItem, "change", item.pk),
        admin_url(CostItem, "history", item.pk),
    ):
        assert admin_client.get(url).status_code == 200, url


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"value_low": "80", "value_high": "60"},
            "The lowest value must not be above the highest value.",
        ),
        ({"value_low": "-1", "value_high": ""}, "A price cannot be negative."),
        ({"unit": "CNY/acre"}, "Select a valid choice."),
    ],
)
def test_bad_values_are_refused_with_a_message(admin_client, daxing, values, message):
    response = admin_client.post(
        admin_url(CostItem, "add"), cost_data(daxing, **values)
    )
    assert response.status_code == 200
    assert message in response.text
    assert not CostItem.objects.exists()


def test_staff_add_a_cost_in_both_languages(admin_client, daxing):
    response = admin_client.post(admin_url(CostItem, "add"), cost_data(daxing))
    assert response.status_code == 302, form_errors(response)
    item = CostItem.objects.get()
    assert item.label_zh_hans == "标准厂房"
    assert item.history.count() == 1


def test_district_editor_sees_and_edits_only_their_districts_costs(
    client, daxing, changping
):
    from apps.accounts import roles

    editor = make_staff("daxing-costs", roles.DISTRICT_EDITORS, [daxing])
    client.force_login(editor)
    own = CostItemFactory(district=daxing)
    foreign = CostItemFactory(district=changping)
    response = client.get(admin_url(CostItem, "changelist"))
    assert response.status_code == 200
    assert {obj.pk for obj in response.context["cl"].result_list} == {own.pk}
    assert client.get(admin_url(CostItem, "change", own.pk)).status_code == 200
    assert client.get(admin_url(CostItem, "change", foreign.pk)).status_code == 403
    response = client.post(admin_url(CostItem, "add"), cost_data(changping))
    assert response.status_code == 200  # another district is not a choice
    assert CostItem.objects.count() == 2
    response = client.post(admin_url(CostItem, "add"), cost_data(daxing))
    assert response.status_code == 302, form_errors(response)
