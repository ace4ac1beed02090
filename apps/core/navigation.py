"""The main navigation: one list, shown in the header of every page."""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse
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


def nav_items(path: str = "") -> list[dict]:
    """Entries of MAIN_NAV whose page exists, with their URL in the active language."""
    items = []
    for name, label in MAIN_NAV:
        try:
            items.append({"url": reverse(name), "label": label, "current": False})
        except NoReverseMatch:
            continue
    # The entry whose URL is the longest prefix of the path is current: a detail
    # page highlights its section, and the services page (under the directory's
    # URL) highlights Services alone.
    sections = [item for item in items if path.startswith(item["url"])]
    if sections:
        max(sections, key=lambda item: len(item["url"]))["current"] = True
    return items
