"""The upsert helper every demo loader uses.

A row is saved only when one of its values differs from what is stored, so a second
run of `load_demo` neither bumps `updated_at` nor adds a history record.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from django.db import models

SEEDS = Path(__file__).resolve().parent / "seeds"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def shanghai_midnight(year: int, month: int = 1, day: int = 1) -> dt.datetime:
    """Midnight at the start of a day in Beijing time."""
    return dt.datetime(year, month, day, tzinfo=SHANGHAI)


def _same(stored, wanted) -> bool:
    # Blank translation columns are NULL or "": both mean "not translated".
    if stored in (None, "") and wanted in (None, ""):
        return True
    return stored == wanted


def upsert(
    model: type[models.Model],
    lookup: dict,
    values: dict | None = None,
    m2m: dict | None = None,
) -> models.Model:
    """Create the row `lookup` finds, or bring its `values` and M2M sets up to date."""
    values = values or {}
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.full_clean(validate_unique=False, validate_constraints=False)
        obj.save()
    else:
        changed = False
        for name, wanted in values.items():
            if not _same(getattr(obj, name), wanted):
                setattr(obj, name, wanted)
                changed = True
        if changed:
            obj.save()
    for name, related in (m2m or {}).items():
        getattr(obj, name).set(related)
    return obj
