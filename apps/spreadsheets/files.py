"""What an uploaded spreadsheet must be before a row of it is read.

Limits (docs/spreadsheets.md): 5,000 rows and 50 MB of data once unzipped; the
upload itself is bounded before it is read by the admin's request-body limit
(PORTAL_ADMIN_MAX_BODY_BYTES, 20 MB: a bilingual 413 page). An .xlsx file is
a zip archive: its members' declared sizes are checked before anything is
decompressed, so a zip bomb is refused without being inflated, and formula cells
are refused (a spreadsheet's formula is not data).
"""

from __future__ import annotations

import io
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 5000
# Real workbooks compress text about 10:1; a member inflating 200-fold is a bomb.
MAX_RATIO = 200


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def check_size(size: int) -> None:
    if size > MAX_BYTES:
        raise ValidationError(
            _("The file holds %(size)s MB; at most %(limit)s MB can be imported.")
            % {"size": _megabytes(size), "limit": _megabytes(MAX_BYTES)},
            code="too_big",
        )


def check_xlsx(data: bytes) -> None:
    """Refuse what is not a workbook, or inflates past the limit, or holds formulas."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ValidationError(
            _("This is not an .xlsx workbook. Save it as .xlsx or as CSV (UTF-8)."),
            code="not_xlsx",
        ) from None
    with archive:
        members = archive.infolist()
        total = sum(member.file_size for member in members)
        inflated = any(
            member.compress_size and member.file_size / member.compress_size > MAX_RATIO
            for member in members
        )
        if total > MAX_BYTES or inflated:
            raise ValidationError(
                _(
                    "This workbook unpacks to more than %(limit)s MB or is packed "
                    "abnormally tightly; it is refused unread."
                )
                % {"limit": _megabytes(MAX_BYTES)},
                code="zip_bomb",
            )
        if "xl/workbook.xml" not in archive.namelist():
            raise ValidationError(
                _("This is not an .xlsx workbook. Save it as .xlsx or as CSV (UTF-8)."),
                code="not_xlsx",
            )
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                with archive.open(name) as sheet:
                    if _has_formula(sheet):
                        raise ValidationError(
                            _(
                                "The workbook contains formulas. Import values only: "
                                "copy the cells and paste them as values."
                            ),
                            code="formula",
                        )


def _has_formula(sheet) -> bool:
    """Whether a worksheet's XML has an <f> (formula) element, read in chunks."""
    tail = b""
    while chunk := sheet.read(1 << 16):
        window = tail + chunk
        if b"<f>" in window or b"<f " in window or b"<x:f" in window:
            return True
        tail = window[-8:]
    return False


def check_rows(count: int) -> None:
    if count > MAX_ROWS:
        raise ValidationError(
            ngettext(
                "The file has %(count)s row; at most %(limit)s can be imported.",
                "The file has %(count)s rows; at most %(limit)s can be imported.",
                count,
            )
            % {"count": count, "limit": MAX_ROWS},
            code="too_many_rows",
        )
