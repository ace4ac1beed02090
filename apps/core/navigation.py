"""The main navigation: the entries the apps registered (`registry.navigation`),
shown in the header of every page."""

from __future__ import annotations

from django.conf import settings
from django.urls import get_urlconf, reverse
from django.utils.translation import get_language

from . import registry

_BUILT: dict[tuple, list[dict]] = {}


def nav_items(path: str = "") -> list[dict]:
    """The registered entries in order, with their URL in the active language and
    `current` set on the section the path is in."""
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
    ordered = sorted(registry.navigation, key=lambda entry: entry.order)
    return [{"url": reverse(entry.url_name), "label": entry.label} for entry in ordered]
