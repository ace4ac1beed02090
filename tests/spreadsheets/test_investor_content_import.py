"""Costs, contact persons and guides' steps come in from spreadsheets too."""

from __future__ import annotations

import pytest

from apps.accounts import roles
from apps.contacts.models import ContactPerson
from apps.contacts.resources import ContactPersonResource
from apps.costs.models import CostItem
from apps.costs.resources import CostItemResource
from apps.guides.models import GuideStep
from apps.guides.resources import GuideStepResource
from tests.accounts.conftest import make_staff
from tests.factories.guides import GuideFactory

from .conftest import confirm, upload, xlsx_bytes

pytestmark = pytest.mark.django_db


def row(resource, **values) -> dict:
    return dict.fromkeys(resource().column_names(), "") | values


def cost(**values) -> dict:
    defaults = {
        "district": "daxing",
        "category": "factory_rent",
        "unit": "CNY/m2/month",
        "year": 2025,
        "period": "year",
        "source_en": "Synthetic test source",
        "status": "published",
    }
    return row(CostItemResource, **(defaults | values))


def test_costs_come_in_by_district_category_label_and_year(admin_client, daxing):
    url = "/admin/costs/costitem/import/"
    columns = CostItemResource().column_names()
    rows = [
        cost(
            label_en="Standard factory",
            label_zh_hans="标准厂房",
            value_low="45",
            value_high="60",
        ),
        cost(
            label_en="Office",
            label_zh_hans="写字楼",
            category="office_rent",
            value_low="120",
        ),
    ]
    preview = upload(admin_client, url, xlsx_bytes(rows, columns), "xlsx")
    assert "2 new, 0 changed, 0 unchanged, 0 invalid." in preview.content.decode()
    confirm(admin_client, preview)
    factory = CostItem.objects.get(label_en="Standard factory")
    assert (factory.label_zh_hans, factory.value_low, factory.value_high) == (
        "标准厂房",
        45,
        60,
    )
    rows[0]["value_high"] = "65"
    preview = upload(admin_client, url, xlsx_bytes(rows, columns), "xlsx")
    assert "0 new, 1 changed, 1 unchanged, 0 invalid." in preview.content.decode()


def test_a_cost_range_upside_down_is_refused_with_its_reason(admin_client, daxing):
    url = "/admin/costs/costitem/import/"
    columns = CostItemResource().column_names()
    rows = [cost(label_en="Backwards", value_low="60", value_high="45")]
    html = upload(admin_client, url, xlsx_bytes(rows, columns), "xlsx").content.decode()
    assert "0 new, 0 changed, 0 unchanged, 1 invalid." in html
    assert "The lowest value must not be above the highest value." in html
    assert not CostItem.objects.exists()


def test_contacts_come_in_with_the_districts_they_cover(admin_client, daxing):
    url = "/admin/contacts/contactperson/import/"
    columns = ContactPersonResource().column_names()
    rows = [
        row(
            ContactPersonResource,
            name_en="Wang Example",
            name_zh_hans="王示例",
            email="wang@invest.example",
            districts="daxing",
            status="published",
        ),
    ]
    confirm(admin_client, upload(admin_client, url, xlsx_bytes(rows, columns), "xlsx"))
    contact = ContactPerson.objects.get()
    assert contact.name_zh_hans == "王示例"
    assert list(contact.districts.values_list("slug", flat=True)) == ["daxing"]


def test_a_contact_with_a_bad_email_is_refused(admin_client, daxing):
    url = "/admin/contacts/contactperson/import/"
    columns = ContactPersonResource().column_names()
    rows = [
        row(
            ContactPersonResource,
            name_en="Bad",
            email="not-an-address",
            districts="daxing",
            status="draft",
        )
    ]
    html = upload(admin_client, url, xlsx_bytes(rows, columns), "xlsx").content.decode()
    assert "1 invalid." in html
    assert "Enter a valid email address." in html
    assert not ContactPerson.objects.exists()


def test_district_editor_is_refused_a_contact_of_another_district(
    client, daxing, changping
):
    client.force_login(make_staff("daxing-editor", roles.DISTRICT_EDITORS, [daxing]))
    url = "/admin/contacts/contactperson/import/"
    columns = ContactPersonResource().column_names()
    rows = [
        row(
            ContactPersonResource,
            name_en="Theirs",
            districts="changping",
            status="draft",
        )
    ]
    html = upload(client, url, xlsx_bytes(rows, columns), "xlsx").content.decode()
    assert "You can import rows of your own districts only" in html
    assert not ContactPerson.objects.exists()


def test_guide_steps_come_in_by_guide_and_order(admin_client, daxing):
    guide = GuideFactory(slug="settling-in")
    url = "/admin/guides/guidestep/import/"
    columns = GuideStepResource().column_names()
    rows = [
        row(
            GuideStepResource,
            guide="settling-in",
            order=1,
            title_en="Register",
            title_zh_hans="登记注册",
        ),
        row(
            GuideStepResource,
            guide="settling-in",
            order=2,
            title_en="Move in",
            title_zh_hans="入驻",
        ),
    ]
    confirm(admin_client, upload(admin_client, url, xlsx_bytes(rows, columns), "xlsx"))
    assert list(guide.steps.values_list("order", "title_zh_hans")) == [
        (1, "登记注册"),
        (2, "入驻"),
    ]
    assert GuideStep.history.filter(title_en="Register").exists()
