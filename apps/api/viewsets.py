"""The base classes of the open data API's viewsets; each app's `api.py` builds on them.

Every list starts from the content app's published reads (QuerySet methods), is
filtered by the same FilterSet as its public page, paginated, and can be
downloaded as CSV with `?format=csv` (same filters, every matching row up to
PORTAL_API_CSV_MAX_ROWS). See docs/api.md.
"""

from __future__ import annotations

from django.conf import settings
from django.http import StreamingHttpResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from rest_framework import mixins, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer

from .csv_export import CSVRenderer, csv_lines
from .language import requested_language
from .throttling import OpenDataRateThrottle


class OpenDataMixin:
    """Anonymous, read-only, rate limited, cacheable, open to any origin."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_classes = [OpenDataRateThrottle]
    http_method_names = ["get", "head", "options"]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.language = requested_language(request)
        translation.activate(self.language)

    def handle_exception(self, exc):
        # Errors are JSON even when CSV was asked for.
        renderer = getattr(self.request, "accepted_renderer", None)
        if renderer is not None and renderer.format == "csv":
            self.request.accepted_renderer = JSONRenderer()
            self.request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        patch_vary_headers(response, ["Accept-Language"])
        if response.status_code == 200 and request.method in ("GET", "HEAD"):
            patch_cache_control(
                response, public=True, max_age=settings.PORTAL_API_CACHE_SECONDS
            )
        return response


class OpenDataListViewSet(
    OpenDataMixin, mixins.ListModelMixin, viewsets.GenericViewSet
):
    """A published list, as JSON pages or one CSV file; subclasses set
    `serializer_class`, `filterset_class`, `csv_name` and `get_queryset()`."""

    csv_name = "data"

    def get_renderers(self):
        if getattr(self, "action", None) == "list":
            return [JSONRenderer(), CSVRenderer()]
        return [JSONRenderer()]

    def list(self, request, *args, **kwargs):
        if request.accepted_renderer.format == "csv":
            return self.csv_response()
        return super().list(request, *args, **kwargs)

    def csv_response(self) -> StreamingHttpResponse:
        queryset = self.filter_queryset(self.get_queryset())
        cap = settings.PORTAL_API_CSV_MAX_ROWS
        total = queryset.count()
        serializer = self.get_serializer()
        header = list(serializer.fields)
        language = self.language

        def rows():
            with translation.override(language):
                for obj in queryset[:cap].iterator(chunk_size=500):
                    yield serializer.to_representation(obj)

        def lines():
            with translation.override(language):
                yield from csv_lines(header, rows())

        response = StreamingHttpResponse(
            lines(), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.csv_name}.csv"'
        response["X-Total-Count"] = str(total)
        response["X-Rows-Truncated"] = "true" if total > cap else "false"
        return response


class OpenDataViewSet(mixins.RetrieveModelMixin, OpenDataListViewSet):
    """A published list and a published item by slug; subclasses may set a
    `detail_serializer_class` for the item."""

    lookup_field = "slug"
    lookup_value_regex = "[-a-zA-Z0-9_]+"
    detail_serializer_class = None

    def get_serializer_class(self):
        if self.action == "retrieve" and self.detail_serializer_class:
            return self.detail_serializer_class
        return self.serializer_class

    def filter_queryset(self, queryset):
        # An item is found by slug whatever the list's default filters (upcoming
        # events …) would show.
        if self.action == "retrieve":
            return queryset
        return super().filter_queryset(queryset)
