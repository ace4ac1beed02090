"""A profile as PDF: the portal's templates and CSS through WeasyPrint, kept per
content generation and language, and at most one render at a time.

- Cache: `brochure:<generation>:<language>:<name>` in the default cache (Redis in
  production, shared by every worker) for PORTAL_BROCHURE_CACHE_SECONDS. Any
  content change is a new generation (apps/core/cache.py), so the next download
  renders the live data again; the page cache never stores these responses (the
  views are not marked `public_cache`).
- One render at a time in the whole deployment: a PostgreSQL advisory lock, taken
  without waiting inside the render's transaction (released when it ends, also
  when the worker dies). A request that finds it taken gets a 503 with
  Retry-After and a page that tries again, instead of holding a second worker.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import get_language

from apps.core.cache import content_generation

# pg_try_advisory_xact_lock's key for "a profile is being rendered".
RENDER_LOCK = 0x62726F63  # "broc"

RETRY_AFTER_SECONDS = 5

logger = logging.getLogger(__name__)


def cache_key(name: str) -> str:
    return f"brochure:{content_generation()}:{get_language()}:{name}"


def render_pdf(request: HttpRequest, template: str, context: dict) -> bytes:
    """The template rendered as HTML, then as PDF (links point at the site)."""
    # Loads Pango: only in a process that renders. Its logger (set on import) warns
    # of every screen-only rule of portal.css it skips.
    from weasyprint import HTML

    from .fetcher import StorageURLFetcher

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    html = render_to_string(template, context, request=request)
    document = HTML(
        string=html,
        base_url=request.build_absolute_uri("/"),
        url_fetcher=StorageURLFetcher(),
    )
    return document.write_pdf()


@contextlib.contextmanager
def render_slot() -> Iterator[bool]:
    """True inside when this request may render (no other render is running)."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [RENDER_LOCK])
        yield bool(cursor.fetchone()[0])


def cached_pdf(name: str, build: Callable[[], bytes]) -> bytes | None:
    """The PDF from the cache, else built (and kept); None while another request
    renders one."""
    key = cache_key(name)
    pdf = cache.get(key)
    if pdf is not None:
        return pdf
    with render_slot() as free:
        if not free:
            return None
        # The render that held the lock a moment ago may have been this very one.
        pdf = cache.get(key)
        if pdf is not None:
            return pdf
        started = time.monotonic()
        pdf = build()
        # Kept before the lock is released, so the next request finds it.
        cache.set(key, pdf, settings.PORTAL_BROCHURE_CACHE_SECONDS)
    logger.info("rendered %s in %.2f s", name, time.monotonic() - started)
    return pdf


def pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def busy_response(request: HttpRequest) -> HttpResponse:
    """503: another profile is being rendered; the page tries again by itself."""
    html = render_to_string(
        "brochures/busy.html", {"retry_after": RETRY_AFTER_SECONDS}, request=request
    )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
