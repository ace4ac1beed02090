"""Demo content: facts from the two seed articles (see docs/data.md).

Each loader is idempotent: it upserts by a natural key (slug, or the unique
fields of a row) and saves only what changed, so running `load_demo` twice leaves
the database (history tables included) as it was after the first run. Loaders run
in order: later ones look up rows the earlier ones created.
"""

from __future__ import annotations

from apps.core.models import SiteSettings

from .agreements import load_agreements
from .base import upsert
from .districts import load_districts, load_indicators, load_industries
from .events import load_events
from .news import load_news
from .organizations import load_organizations
from .parks import load_parks
from .policies import load_policies


def load_site_settings() -> int:
    # Contact details as printed at the foot of the Daxing article: the publishing
    # office's, shown in every page footer (not stored again on the district).
    upsert(
        SiteSettings,
        {"pk": 1},
        {
            "office_name_en": "Daxing District Investment Promotion Service Center",
            "office_name_zh_hans": "大兴区投资促进服务中心",
            "phone": "+86-010-89292038",
            "address_en": (
                "No.138, Section 3, Xingfeng Street, Huangcun Town, Daxing District, "
                "Beijing"
            ),
            "address_zh_hans": "北京市大兴区黄村镇兴丰大街三段138号",
            "email": "info@investchn.com",
        },
    )
    return 1


LOADERS = [
    ("site settings", load_site_settings),
    ("industries", load_industries),
    ("districts", load_districts),
    ("metrics and indicators", load_indicators),
    ("parks", load_parks),
    ("organizations", load_organizations),
    ("events", load_events),
    ("agreements", load_agreements),
    ("policies", load_policies),
    ("news", load_news),
]


def load() -> dict[str, int]:
    """Run every loader in order; returns how many rows each one touched."""
    return {label: loader() for label, loader in LOADERS}
