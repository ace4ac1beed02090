"""Demo content: facts from the two seed articles (see docs/data.md).

Each loader is idempotent: it upserts by a natural key (slug or name), so running
`load_demo` twice leaves the database as it was after the first run.
"""

from __future__ import annotations

from apps.core.models import SiteSettings


def load_site_settings() -> int:
    # Contact details as printed at the foot of the Daxing article.
    SiteSettings.objects.update_or_create(
        pk=1,
        defaults={
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


LOADERS = [("site settings", load_site_settings)]


def load() -> dict[str, int]:
    """Run every loader in order; returns how many rows each one touched."""
    return {label: loader() for label, loader in LOADERS}
