"""Spreadsheet files as staff upload them, and the admin's import steps."""

from __future__ import annotations

import csv
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from apps.organizations.resources import OrganizationResource

FORMAT = {"xlsx": "0", "csv": "1"}
COLUMNS = OrganizationResource().column_names()


def xlsx_bytes(rows: list[dict], columns=COLUMNS) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(list(columns))
    for row in rows:
        sheet.append([row.get(column, "") for column in columns])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(rows: list[dict], columns=COLUMNS) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return out.getvalue().encode("utf-8")


def organization_row(n: int, **overrides) -> dict:
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        slug=f"synthetic-org-{n}",
        name_en=f"Synthetic Organization {n}",
        name_zh_hans=f"合成机构{n}",
        kind="company",
        district="daxing",
        industries="biomedicine",
        status="published",
        featured="0",
    )
    row.update(overrides)
    return row


def upload(client, url: str, data: bytes, fmt: str, skip: bool = False):
    name = f"organizations.{fmt}"
    payload = {
        "resource": "0",
        "format": FORMAT[fmt],
        "import_file": SimpleUploadedFile(name, data),
    }
    if skip:
        payload["skip_invalid_rows"] = "on"
    return client.post(url, payload)


def confirm(client, response):
    """Press "Confirm import" on a preview page: post its hidden fields."""
    html = response.content.decode()
    form = re.search(r'<form action="([^"]*process_import[^"]*)".*?</form>', html, re.S)
    assert form, "no confirm step was offered"
    fields = dict(
        re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form[0])
    )
    return client.post(form[1], fields)


@pytest.fixture
def import_url():
    return "/admin/organizations/organization/import/"
