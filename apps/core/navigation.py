"""The main navigation: one list, shown in the header of every page."""

from __future__ import annotations

from django.conf import settings
from django.urls import NoReverseMatch, get_urlconf, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

MAIN_NAV = [
    ("districts:list", _("Districts")),
    ("parks:list", _("Parks")),
    ("opportunities:list", _("Opportunities")),
    ("opportunities:finder", _("Site finder")),
    ("enterprises:list", _("Directory")),
    ("enterprises:services", _("Services")),
    ("events:list", _("Events")),
    ("agreements:list", _("Agreements")),
    ("policies:list", _("Policies")),
    ("news:list", _("News")),
    ("inquiries:create", _("Contact")),
]


_BUILT: dict[tuple, list[dict]] = {}


def nav_items() -> list[dict]:
    """Entries of MAIN_NAV whose page exists, with their URL in the active language
    (built once per language and URLconf in each process: eleven reverse() calls
    on every page otherwise)."""
    key = (get_language(), get_urlconf(), settings.ROOT_URLCONF)
    items = _BUILT.get(key)
    if items is None:
        items = _BUILT[key] = _build()
    return items


def _build() -> list[dict]:
    items = []
    for name, label in MAIN_NAV:
        try:
            items.append({"url": reverse(name), "label": label})
        except NoReverseMatch:
            continue
    return items
