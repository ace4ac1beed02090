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


def nav_items(path: str = "") -> list[dict]:
    """Entries of MAIN_NAV whose page exists, with their URL in the active language
    and `current` set on the section the path is in."""
    items = [{**item, "current": False} for item in _entries()]
    # The entry whose URL is the longest prefix of the path is current: a detail
    # page highlights its section, and the services page (under the directory's
    # URL) highlights Services alone.
    sections = [item for item in items if path.startswith(item["url"])]
    if sections:
        max(sections, key=lambda item: len(item["url"]))["current"] = True
    return items


def _entries() -> list[dict]:
    """The reversed entries, built once per language and URLconf in each process
    (eleven reverse() calls on every page otherwise)."""
    key = (get_language(), get_urlconf(), settings.ROOT_URLCONF)
    entries = _BUILT.get(key)
    if entries is None:
        entries = _BUILT[key] = _build()
    return entries


def _build() -> list[dict]:
    entries = []
    for name, label in MAIN_NAV:
        try:
            entries.append({"url": reverse(name), "label": label})
        except NoReverseMatch:
            continue
    return entries
