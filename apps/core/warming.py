"""Re-render the most-read public pages after a content change.

Every content save bumps the content generation (apps/core/cache.py), which makes
every cached page stale at once: the next reader of each page pays for rendering it
(10 to 25 ms of CPU, docs/bench.md). `warm_pages` renders every page the apps
registered (`registry.pages`: the home page, each section's first page, the tools),
in every language, through the full
middleware stack as an anonymous reader of PORTAL_PUBLIC_URL, so that the page cache
holds them again before readers come. Useful only when the cache is shared by the
web processes (Redis): `manage.py warm_pages --loop` runs it as a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

from . import registry


@dataclass(frozen=True)
class Warmed:
    path: str
    status: int
    # "MISS": stored now; "HIT": it was already there; "": not a cacheable page.
    cache: str


def paths_to_warm() -> list[str]:
    """Every registered page (the home page, each section's first page, the tools),
    in every language."""
    pages = sorted(registry.pages, key=lambda page: page.order)
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths += [reverse(page.url_name) for page in pages]
    return paths


def warm_pages(public_url: str, paths: list[str] | None = None) -> list[Warmed]:
    """Request each path as an anonymous reader of `public_url` (scheme and host:
    the page cache keys on both), which stores every cacheable page."""
    origin = urlsplit(public_url)
    client = Client(HTTP_HOST=origin.netloc)
    secure = origin.scheme == "https"
    results = []
    for path in paths if paths is not None else paths_to_warm():
        response = client.get(path, secure=secure)
        results.append(Warmed(path, response.status_code, response.get("X-Cache", "")))
    return results
