"""CSV downloads of the API lists: streamed, capped, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from rest_framework.renderers import BaseRenderer

from apps.core.spreadsheets import safe_cell

LIST_SEPARATOR = "; "


class CSVRenderer(BaseRenderer):
    """Lets `?format=csv` (or Accept: text/csv) choose CSV; the list view streams
    the file itself, so this renderer only renders errors' text."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return str(data).encode()


class _Echo:
    """A file-like object whose write returns what it is given."""

    def write(self, value: str) -> str:
        return value


def _label(item) -> str:
    if isinstance(item, dict):
        for key in ("name", "title", "slug"):
            if item.get(key) not in (None, ""):
                return str(item[key])
        return ", ".join(f"{k}: {v}" for k, v in item.items() if v not in (None, ""))
    return "" if item is None else str(item)


def flatten(value) -> str:
    """One cell: a related object by its name, a list joined by semicolons."""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(_label(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return _label(value)


def csv_lines(header: list[str], rows: Iterable[dict]) -> Iterator[str]:
    """The header line, then one line per row, as text."""
    writer = csv.writer(_Echo())
    # A byte-order mark so that spreadsheets read the Chinese text as UTF-8.
    yield "\ufeff" + writer.writerow(header)
    for row in rows:
        yield writer.writerow([safe_cell(flatten(row.get(key))) for key in header])
