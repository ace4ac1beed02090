"""Name order as readers expect it: Chinese names by pinyin, English names as
English sorts them.

PostgreSQL's ICU collation `zh-x-icu` sorts Chinese by pinyin (北京, 昌平, 大兴);
the database's own collation sorts by code point. The collation is applied to the
expression, not to the columns: modeltranslation copies a field's attributes to
every language's column, so a column collation would reorder English too. A list
over many rows needs an index on the same expression (see Organization.Meta).
"""

from __future__ import annotations

from django.db.models import F, Value
from django.db.models.functions import Coalesce, Collate, NullIf
from django.utils.translation import get_language

PINYIN = "zh-x-icu"


def chinese_reader() -> bool:
    return (get_language() or "").startswith("zh")


def pinyin_order(field: str = "name") -> Collate:
    """The Chinese name, else the English one, in pinyin order."""
    chinese = NullIf(F(f"{field}_zh_hans"), Value(""))
    return Collate(Coalesce(chinese, F(f"{field}_en")), PINYIN)


def name_order(field: str = "name"):
    """The order of a list sorted by name in the active language: pinyin for a
    Chinese reader, the English name otherwise."""
    return pinyin_order(field) if chinese_reader() else F(f"{field}_en")
