"""A hostile or broken file gets a clear error and changes nothing."""

from __future__ import annotations

import io
import zipfile

import pytest

from apps.organizations.models import Organization
from apps.spreadsheets import files

from .conftest import COLUMNS, csv_bytes, organization_row, upload, xlsx_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def places(daxing, biomedicine):
    return daxing


def page(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def test_wrong_columns_are_named(admin_client, places, import_url):
    columns = [c for c in COLUMNS if c != "name_zh_hans"] + ["name", "colour"]
    rows = [organization_row(0) | {"name": "x", "colour": "red"}]
    html = page(upload(admin_client, import_url, xlsx_bytes(rows, columns), "xlsx"))
    assert "The columns do not match the template" in html
    assert "unknown columns: name, colour" in html
    assert "missing columns: name_zh_hans" in html
    assert not Organization.objects.exists()


def test_a_file_over_50_mb_is_refused(admin_client, places, import_url, monkeypatch):
    monkeypatch.setattr(files, "MAX_BYTES", 1024)
    rows = [organization_row(n) for n in range(40)]
    html = page(upload(admin_client, import_url, csv_bytes(rows), "csv"))
    assert "The file holds" in html
    assert "MB can be imported." in html
    assert not Organization.objects.exists()


def test_the_real_limit_is_50_mb_and_5000_rows():
    assert files.MAX_BYTES == 50 * 1024 * 1024
    assert files.MAX_ROWS == 5000


def test_more_than_5000_rows_are_refused(admin_client, places, import_url):
    rows = [organization_row(n) for n in range(5001)]
    html = page(upload(admin_client, import_url, csv_bytes(rows), "csv"))
    assert "The file has 5001 rows; at most 5000 can be imported." in html
    assert not Organization.objects.exists()


def zip_bomb() -> bytes:
    """An .xlsx-named zip whose one member inflates from kilobytes to 60 MB."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    return out.getvalue()


def test_a_zip_bomb_named_xlsx_is_refused_unread(admin_client, places, import_url):
    bomb = zip_bomb()
    assert len(bomb) < 1024 * 1024
    html = page(upload(admin_client, import_url, bomb, "xlsx"))
    assert "refused unread" in html
    assert not Organization.objects.exists()


def test_a_file_that_is_not_a_workbook_is_refused(admin_client, places, import_url):
    html = page(upload(admin_client, import_url, b"GIF89a not a workbook", "xlsx"))
    assert "This is not an .xlsx workbook." in html


def test_a_workbook_with_formulas_is_refused(admin_client, places, import_url):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(COLUMNS)
    row = organization_row(0)
    sheet.append([row[c] for c in COLUMNS])
    sheet["B2"] = '=HYPERLINK("http://evil.example","click")'
    out = io.BytesIO()
    book.save(out)
    html = page(upload(admin_client, import_url, out.getvalue(), "xlsx"))
    assert "The workbook contains formulas." in html
    assert not Organization.objects.exists()


def test_a_formula_cell_in_csv_invalidates_its_row(admin_client, places, import_url):
    rows = [organization_row(0, name_en="=cmd|' /C calc'!A0")]
    html = page(upload(admin_client, import_url, csv_bytes(rows), "csv"))
    assert "This cell is a formula" in html
    assert "process_import" not in html
    assert not Organization.objects.exists()


def test_html_in_names_invalidates_the_row(admin_client, places, import_url):
    rows = [organization_row(0, name_en="<script>alert(1)</script>Acme")]
    html = page(upload(admin_client, import_url, xlsx_bytes(rows), "xlsx"))
    assert "HTML is not allowed here; write plain text." in html
    assert "<script>alert(1)" not in html  # shown escaped
    assert not Organization.objects.exists()


def test_unknown_districts_and_industries_are_named(admin_client, places, import_url):
    rows = [organization_row(0, district="atlantis", industries="biomedicine; alchemy")]
    html = page(upload(admin_client, import_url, xlsx_bytes(rows), "xlsx"))
    assert "No district has the slug “atlantis”." in html
    assert "No industry has the slug “alchemy”." in html
    assert not Organization.objects.exists()


def test_a_50_mb_upload_is_refused_before_it_is_read(admin_client, places, import_url):
    big = b"slug\n" + b"x" * (50 * 1024 * 1024)
    response = upload(admin_client, import_url, big, "csv")
    assert response.status_code == 413
    assert "What you sent is too large" in response.content.decode()
    assert not Organization.objects.exists()
