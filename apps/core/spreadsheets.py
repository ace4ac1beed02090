"""Cells safe to open in a spreadsheet: the one rule every export follows.

A cell starting with `= + - @`, a tab or a carriage return is a formula in Excel,
LibreOffice and Sheets; exports (the API's CSV, the inquiry queue's CSV, the
admin's spreadsheet exports) prefix such a cell with a quote so that it shows as
text. A plain number, e.g. a negative longitude, is data and stays as it is.
"""

from __future__ import annotations

import re

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def safe_cell(value) -> str:
    """The text of `value` as a spreadsheet shows it, never runs it."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_PREFIXES) and not NUMBER.match(text):
        return "'" + text
    return text
