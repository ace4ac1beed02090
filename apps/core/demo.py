"""Demo content: facts from the two seed articles (see docs/data.md).

Each content app's `demo` module holds its part and registers its loaders in
`apps.core.registry.demo`; `load()` imports those modules and runs the loaders in
INSTALLED_APPS order (an app's own in the order it registers them), so a loader
finds the rows of the apps listed before its own. Core's own loader, the site
settings, is here.

Each loader is idempotent: it upserts by a natural key (slug, or the unique
fields of a row) and saves only what changed, so running `load_demo` twice leaves
the database (history tables included) as it was after the first run.

Staff work always wins (for models with django-simple-history): a demo row that a
signed-in user has saved (a history record with a user) is never changed again,
and one a user deleted (a "-" history record with a user) is never re-created.
A loader that needs a row staff deleted is skipped as a whole, in its own
savepoint, and the others still run.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.core.exceptions import ObjectDoesNotExist
from django.db import models, transaction

from . import registry
from .models import SiteSettings

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
) -> models.Model | None:
    """Create the row `lookup` finds, or bring its `values` and M2M sets up to date.

    A row is saved only when one of its values differs from what is stored, so a
    second run of `load_demo` neither bumps `updated_at` nor adds a history record.
    A row staff edited is returned as it is; for one staff deleted, None.
    """
    values = values or {}
    obj = model.objects.filter(**lookup).first()
    if obj is None and _deleted_by_staff(model, lookup):
        return None
    if obj is not None and edited_by_staff(obj):
        return obj
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


def _history(model: type[models.Model]):
    manager = getattr(model, "history", None)
    return manager.model if manager is not None else None


def edited_by_staff(obj: models.Model) -> bool:
    """Has a signed-in user saved this row (its history names a user)?"""
    history = _history(type(obj))
    return history is not None and (
        history.objects.filter(
            **{obj._meta.pk.attname: obj.pk}, history_user__isnull=False
        ).exists()
    )


def _deleted_by_staff(model: type[models.Model], lookup: dict) -> bool:
    """Did a signed-in user delete the row `lookup` finds (a tombstone)?"""
    history = _history(model)
    if history is None:
        return False
    pk_name = model._meta.pk.attname
    lookup = {(pk_name if key == "pk" else key): value for key, value in lookup.items()}
    return history.objects.filter(
        **lookup, history_type="-", history_user__isnull=False
    ).exists()


def load_site_settings() -> int:
    # Contact details as printed at the foot of the Daxing article: the publishing
    # office's, shown in every page footer (not stored again on the district).
    upsert(
        SiteSettings,
        {"pk": 1},
        {
            "office_name_en": "Daxing District Investment Promotion Service Center",
            "office_name_zh_hans": "大兴区投资促进服务中心",
            "phone": "+861089292038",  # printed as +86-010-89292038
            "address_en": (
                "No.138, Section 3, Xingfeng Street, Huangcun Town, Daxing District, "
                "Beijing"
            ),
            "address_zh_hans": "北京市大兴区黄村镇兴丰大街三段138号",
            "email": "info@investchn.com",
        },
    )
    return 1


registry.demo.register("site settings", load_site_settings)


def load() -> dict[str, int]:
    """Run every registered loader in order; returns how many rows each one touched."""
    loaders = registry.discover("demo", registry.demo)
    summary = {}
    for label, loader in loaders:
        try:
            with transaction.atomic():
                summary[label] = loader()
        except ObjectDoesNotExist:
            # It needs a demo row that staff deleted (and upsert left deleted).
            summary[label] = 0
    return summary
