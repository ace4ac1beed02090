"""Staff import organizations from a spreadsheet: preview, confirm, and refusals."""

from __future__ import annotations

import pytest

from apps.organizations.models import Organization
from tests.factories.organizations import OrganizationFactory

from .conftest import confirm, csv_bytes, organization_row, upload, xlsx_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def places(daxing, changping, biomedicine):
    return daxing


@pytest.mark.parametrize(("fmt", "count"), [("xlsx", 300), ("csv", 30)])
def test_organizations_in_both_languages_preview_then_confirm(
    admin_client, places, import_url, fmt, count
):
    rows = [organization_row(n) for n in range(count)]
    maker = xlsx_bytes if fmt == "xlsx" else csv_bytes
    preview = upload(admin_client, import_url, maker(rows), fmt)

    assert preview.status_code == 200
    assert (
        f"{count} new, 0 changed, 0 unchanged, 0 invalid." in preview.content.decode()
    )
    assert not Organization.objects.exists()  # the preview writes nothing

    done = confirm(admin_client, preview)
    assert done.status_code == 302
    assert Organization.objects.count() == count
    one = Organization.objects.get(slug="synthetic-org-7")
    assert (one.name_en, one.name_zh_hans) == ("Synthetic Organization 7", "合成机构7")
    assert list(one.industries.values_list("slug", flat=True)) == ["biomedicine"]
    record = one.history.latest()
    assert record.history_user.username == "admin"
    assert "organizations." in record.history_change_reason


def test_preview_tells_new_changed_and_unchanged_rows(admin_client, places, import_url):
    rows = [organization_row(n) for n in range(3)]
    confirm(
        admin_client, upload(admin_client, import_url, xlsx_bytes(rows[1:]), "xlsx")
    )
    rows[2]["name_en"] = "Renamed"
    preview = upload(admin_client, import_url, xlsx_bytes(rows), "xlsx")
    assert "1 new, 1 changed, 1 unchanged, 0 invalid." in preview.content.decode()


def test_chinese_name_column_does_not_overwrite_english(
    admin_client, places, import_url
):
    OrganizationFactory(
        slug="synthetic-org-1", name_en="Kept", name_zh_hans="旧名", district=places
    )
    row = organization_row(1, name_en="Kept", name_zh_hans="新名")
    confirm(admin_client, upload(admin_client, import_url, xlsx_bytes([row]), "xlsx"))
    organization = Organization.objects.get(slug="synthetic-org-1")
    assert (organization.name_en, organization.name_zh_hans) == ("Kept", "新名")


def test_an_invalid_row_is_refused_with_its_reason_and_nothing_is_written(
    admin_client, places, import_url
):
    rows = [
        organization_row(0),
        organization_row(1, district="atlantis"),
        organization_row(2),
    ]
    preview = upload(admin_client, import_url, xlsx_bytes(rows), "xlsx")
    html = preview.content.decode()
    assert "No district has the slug “atlantis”." in html
    assert "2 new, 0 changed, 0 unchanged, 1 invalid." in html
    assert "process_import" not in html  # no confirm step
    assert not Organization.objects.exists()


def test_staff_may_choose_to_skip_invalid_rows(admin_client, places, import_url):
    rows = [
        organization_row(0),
        organization_row(1, kind="dragon"),
        organization_row(2),
    ]
    preview = upload(admin_client, import_url, xlsx_bytes(rows), "xlsx", skip=True)
    assert "Rows that will be imported" in preview.content.decode()
    confirm(admin_client, preview)
    assert set(Organization.objects.values_list("slug", flat=True)) == {
        "synthetic-org-0",
        "synthetic-org-2",
    }


def test_chinese_admin_explains_an_invalid_row_in_chinese(
    admin_client, places, import_url
):
    admin_client.cookies["django_language"] = "zh-hans"
    rows = [organization_row(0, district="atlantis")]
    preview = upload(admin_client, import_url, xlsx_bytes(rows), "xlsx")
    assert "没有网址标识为“atlantis”的区域。" in preview.content.decode()


def test_district_editor_is_refused_rows_of_another_district(
    client, daxing, changping, biomedicine, import_url
):
    from apps.accounts import roles
    from tests.accounts.conftest import make_staff

    editor = make_staff("daxing-editor", roles.DISTRICT_EDITORS, [daxing])
    client.force_login(editor)
    rows = [organization_row(0), organization_row(1, district="changping")]
    preview = upload(client, import_url, xlsx_bytes(rows), "xlsx")
    html = preview.content.decode()
    assert preview.status_code == 200
    assert "You can import rows of your own districts only" in html
    assert "process_import" not in html
    assert not Organization.objects.exists()


def test_district_editor_cannot_overwrite_another_districts_row(
    client, daxing, changping, biomedicine, import_url
):
    from apps.accounts import roles
    from tests.accounts.conftest import make_staff

    OrganizationFactory(slug="synthetic-org-1", name_en="Theirs", district=changping)
    client.force_login(make_staff("daxing-editor", roles.DISTRICT_EDITORS, [daxing]))
    preview = upload(client, import_url, xlsx_bytes([organization_row(1)]), "xlsx")
    assert "You can import rows of your own districts only" in preview.content.decode()
    assert Organization.objects.get(slug="synthetic-org-1").name_en == "Theirs"
