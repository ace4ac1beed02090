"""The public page cache: whole anonymous GET responses of views marked with
`@public_cache`, kept in the default cache (Redis when REDIS_URL is set, so every
app process shares it; local memory otherwise).

- Key: scheme, host, full path with query string (the path carries the language
  prefix, so English and Chinese pages are separate entries) and the *content
  generation*, a number in the cache that every save, delete or M2M change of
  content (the content apps and SiteSettings) bumps. A bump makes every older entry
  unreachable at once; they expire by themselves.
- TTL: PORTAL_PAGE_CACHE_SECONDS (default 120 s). It bounds how late an item
  scheduled for a future `published_at` appears, since that needs no save.
- Never cached: non-GET requests, requests with a session or messages cookie (staff,
  users with a flash message), responses other than 200, responses setting a
  cookie (any page with a CSRF token, e.g. forms), `Cache-Control: private` or
  `no-store`, and every view not marked (admin, forms, feeds).
- `X-Cache: HIT` / `MISS` on the views it handles.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

from . import registry

logger = logging.getLogger(__name__)

GENERATION_KEY = "core:content-generation"
MARK = "_portal_public_cache"


def content_generation() -> int:
    """The current content generation (created on first use, or after eviction,
    from the clock so that it never repeats an older number)."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns() // 1000, timeout=None)
        generation = cache.get(GENERATION_KEY) or 0
    return generation


def cached_rows(name: str, build) -> list:
    """A small read shared by many pages (e.g. a filter's choice list), kept like
    a public page: per content generation and language, for at most
    PORTAL_PAGE_CACHE_SECONDS (not at all when the page cache is off)."""
    seconds = settings.PORTAL_PAGE_CACHE_SECONDS
    if not seconds:
        return list(build())
    key = f"rows:{content_generation()}:{get_language()}:{name}"
    rows = cache.get(key)
    if rows is None:
        rows = list(build())
        cache.set(key, rows, seconds)
    return rows


def bump_content_generation() -> None:
    """Make every cached public page stale (call after content changes)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns() // 1000, timeout=None)


def public_cache(view):
    """Mark a view's responses as cacheable for anonymous readers (see module)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        setattr(response, MARK, True)
        return response

    return wrapper


class PublicCacheMixin:
    """Class-based views: mark responses as `public_cache` does."""

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        setattr(response, MARK, True)
        return response


def _bypass(request: HttpRequest) -> bool:
    if request.method != "GET" or not settings.PORTAL_PAGE_CACHE_SECONDS:
        return True
    if settings.PORTAL_BENCH_ENABLED and "HTTP_X_BENCH_NO_CACHE" in request.META:
        return True  # `make bench` measures the uncached pages too
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME in cookies
        or "messages" in cookies
        or request.path_info.startswith("/admin/")
    )


def _key(request: HttpRequest, generation: int) -> str:
    raw = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(raw.encode()).hexdigest()[:40]
    return f"page:{generation}:{digest}"


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    if not getattr(response, MARK, False) or response.status_code != 200:
        return False
    if getattr(response, "streaming", False) or response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    control = response.get("Cache-Control", "").lower()
    return "private" not in control and "no-store" not in control


class PublicPageCacheMiddleware:
    """Serves and stores `@public_cache` pages. Placed right after WhiteNoise, so a
    hit skips sessions, locale, CSRF and auth, and a store sees the final response
    (with any cookie the inner middleware set)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _bypass(request):
            return self.get_response(request)
        generation = content_generation()
        key = _key(request, generation)
        cached = cache.get(key)
        if cached is not None:
            status, headers, content = cached
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Cache"] = "HIT"
            return response
        response = self.get_response(request)
        if _storable(request, response):
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in {"x-cache", "set-cookie"}
            ]
            cache.set(
                key,
                (response.status_code, headers, response.content),
                settings.PORTAL_PAGE_CACHE_SECONDS,
            )
            response["X-Cache"] = "MISS"
        return response


def _content_changed(sender, **kwargs) -> None:
    if sender._meta.app_label in registry.content_apps:
        bump_content_generation()


def _m2m_changed(sender, instance, action, **kwargs) -> None:
    if action.startswith("post_") and instance._meta.app_label in registry.content_apps:
        bump_content_generation()


def connect_signals() -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save

    post_save.connect(_content_changed, dispatch_uid="core.page-cache.save")
    post_delete.connect(_content_changed, dispatch_uid="core.page-cache.delete")
    m2m_changed.connect(_m2m_changed, dispatch_uid="core.page-cache.m2m")
