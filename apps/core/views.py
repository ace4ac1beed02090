"""The base views every content app builds on: a filtered, paginated list of
published items and a published item by slug."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.views.generic import DetailView
from django_filters.views import FilterView

from .cache import MARK, PublicCacheMixin, content_generation
from .filters import use_cached_choices
from .preview import including_drafts, mark_preview, may_preview, preview_requested
from .widgets import use_fast_selects

# From this row on, a list page reads its ids first (see CappedPaginator.page).
DEFERRED_OFFSET = 1000


class CappedPaginator(Paginator):
    """Stops at PORTAL_MAX_PAGES: a deeper page is a 404 and the last page asks the
    reader to refine the filters. OFFSET grows with the page number, so this keeps
    every served page about as fast as the first.

    With a `count_key` (the list and its filters, not the page number) the total is
    kept in the cache like a public page: for PORTAL_PAGE_CACHE_SECONDS at most and
    under the content generation, so any content change recounts. Counting every
    published company reads the whole table (tens of milliseconds at 100,000 rows),
    while the total is the same for every page and every reader of the list.
    """

    def __init__(self, *args, count_key: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self) -> int:
        seconds = settings.PORTAL_PAGE_CACHE_SECONDS
        if not self.count_key or not seconds:
            return Paginator.count.func(self)
        key = f"count:{content_generation()}:{self.count_key}"
        total = cache.get(key)
        if total is None:
            total = Paginator.count.func(self)
            cache.set(key, total, seconds)
        return total

    def page(self, number):
        """Deep pages of a QuerySet read their ids first (`id IN (SELECT id …
        OFFSET n LIMIT 20)`): with a covering index the skipped rows are index
        entries, not table rows. The first pages keep the plain query."""
        page = super().page(number)
        items = page.object_list
        bottom = (page.number - 1) * self.per_page
        if bottom >= DEFERRED_OFFSET and isinstance(items, QuerySet):
            full = self.object_list
            ids = full.values("pk")[bottom : bottom + self.per_page]
            page.object_list = full.filter(pk__in=ids)
        return page

    @property
    def max_pages(self) -> int:
        return settings.PORTAL_MAX_PAGES

    @property
    def capped(self) -> bool:
        return super().num_pages > self.max_pages > 0

    @property
    def num_pages(self) -> int:
        pages = super().num_pages
        return min(pages, self.max_pages) if self.max_pages > 0 else pages


class ContentListView(PublicCacheMixin, FilterView):
    """A paginated public list of published content, filtered by a django-filter
    FilterSet. Subclasses set `model`, `filterset_class` and `template_name` and
    override `get_queryset` to start from a named `for_listing()` QuerySet method.

    An invalid filter value gives an empty list with the form's error shown, never a
    500; a page number past the end (or past PORTAL_MAX_PAGES) or not a number gives
    the friendly 404 page.
    """

    paginate_by = settings.PORTAL_PAGE_SIZE
    paginator_class = CappedPaginator
    strict = True

    def get_queryset(self):
        return self.model.objects.published()

    def get_paginator(self, queryset, per_page, **kwargs):
        return super().get_paginator(
            queryset, per_page, count_key=self.get_count_key(), **kwargs
        )

    def get_count_key(self) -> str:
        """What the total depends on: the list, the language and the filters."""
        params = sorted(
            (name, value)
            for name, values in self.request.GET.lists()
            if name != self.page_kwarg
            for value in values
        )
        raw = f"{self.model._meta.label}|{get_language()}|{params!r}"
        return hashlib.sha256(raw.encode()).hexdigest()[:40]

    def get_filterset(self, filterset_class):
        filterset = super().get_filterset(filterset_class)
        use_fast_selects(use_cached_choices(filterset).form)
        return filterset


class ContentDetailView(PublicCacheMixin, DetailView):
    """A published item by slug; drafts and scheduled items are 404, except in a
    preview by staff who may change the item (apps/core/preview.py)."""

    previewing = False

    def get_queryset(self):
        return self.model.objects.published()

    def get_object(self, queryset=None):
        if queryset is None and preview_requested(self.request):
            with including_drafts(self.model):
                obj = super().get_object()
            if obj.is_live:
                return obj
            if not may_preview(self.request, obj):
                raise Http404
            self.previewing = True
            return obj
        return super().get_object(queryset)

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        if self.previewing:
            setattr(response, MARK, False)
            mark_preview(response)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_preview"] = self.previewing
        return context


class CrumbsMixin:
    """Adds `crumbs` for includes/breadcrumbs.html: the list page, then the item.

    Set `list_label` and `list_url_name`; a detail view adds its object's title.
    """

    list_label = ""
    list_url_name = ""

    def get_crumbs(self) -> list[tuple[str, str]]:
        obj = getattr(self, "object", None)
        if obj is None:
            return [(self.list_label, "")]
        return [(self.list_label, reverse(self.list_url_name)), (str(obj), "")]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["crumbs"] = self.get_crumbs()
        return context
