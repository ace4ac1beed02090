"""Exports open safely in a spreadsheet; templates show the columns to fill."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from apps.accounts import roles
from apps.organizations.resources import OrganizationResource
from tests.accounts.conftest import make_staff
from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db

BASE = "/admin/organizations/organization/"


def csv_rows(response) -> list[dict]:
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_export_defuses_formulas_in_csv_and_xlsx(admin_client, daxing):
    OrganizationFactory(slug="evil", name_en='=HYPERLINK("http://x")', district=daxing)
    (row,) = csv_rows(admin_client.get(BASE + "export/csv/"))
    assert row["name_en"] == '\'=HYPERLINK("http://x")'

    response = admin_client.get(BASE + "export/xlsx/")
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("name_en") + 1)
    assert cell.data_type == "s"  # text, not a formula
    assert cell.value.startswith("'=")


def test_export_has_both_languages_and_no_active_language_column(admin_client, daxing):
    OrganizationFactory(
        slug="acme", name_en="Acme", name_zh_hans="艾克米", district=daxing
    )
    (row,) = csv_rows(admin_client.get(BASE + "export/csv/"))
    assert (row["name_en"], row["name_zh_hans"], row["district"]) == (
        "Acme",
        "艾克米",
        "daxing",
    )
    assert "name" not in row


def test_an_export_reimports_unchanged(admin_client, daxing, biomedicine):
    from .conftest import upload

    organization = OrganizationFactory(slug="acme", name_en="-Acme+", district=daxing)
    organization.industries.set([biomedicine])
    exported = admin_client.get(BASE + "export/csv/").content
    preview = upload(admin_client, BASE + "import/", exported, "csv")
    assert "0 new, 0 changed, 1 unchanged, 0 invalid." in preview.content.decode()


def test_district_editor_exports_only_their_districts(client, daxing, changping):
    OrganizationFactory(slug="ours", district=daxing)
    OrganizationFactory(slug="theirs", district=changping)
    client.force_login(make_staff("daxing-editor", roles.DISTRICT_EDITORS, [daxing]))
    rows = csv_rows(client.get(BASE + "export/csv/"))
    assert [row["slug"] for row in rows] == ["ours"]


def test_template_lists_the_columns_with_an_example_row(admin_client):
    response = admin_client.get(BASE + "import-template/xlsx/")
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="organization-template.xlsx"'
    )
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[1]]
    assert header == OrganizationResource().column_names()
    example = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    assert "example row" in example["name_en"]
    assert "示例行" in example["name_zh_hans"]


@pytest.mark.parametrize(
    "model",
    ["organizations/organization", "parks/park", "events/event", "districts/indicator"],
)
def test_every_resource_offers_import_export_and_template(admin_client, model):
    page = admin_client.get(f"/admin/{model}/").content.decode()
    for link in ("import/", "export/xlsx/", "export/csv/", "import-template/xlsx/"):
        assert f"/admin/{model}/{link}" in page
    assert admin_client.get(f"/admin/{model}/import/").status_code == 200
    assert admin_client.get(f"/admin/{model}/import-template/csv/").status_code == 200


def test_unknown_export_format_is_refused(admin_client):
    assert admin_client.get(BASE + "export/pdf/").status_code == 403


def test_staff_without_rights_cannot_import(client, daxing):
    client.force_login(make_staff("handler", roles.INQUIRY_HANDLERS))
    assert client.get(BASE + "import/").status_code == 403
    assert client.get(BASE + "import-template/xlsx/").status_code == 403
