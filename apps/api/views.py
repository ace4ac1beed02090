"""The read-only open data API (Django REST Framework).

Every list starts from the content app's published reads (QuerySet methods), is
filtered by the same FilterSet as its public page, paginated, and can be
downloaded as CSV with `?format=csv` (same filters, every matching row up to
PORTAL_API_CSV_MAX_ROWS). See docs/api.md.
"""

from __future__ import annotations

from django.conf import settings
from django.http import StreamingHttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from drf_spectacular.views import SpectacularAPIView
from rest_framework import mixins, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.agreements.filters import AgreementFilter
from apps.agreements.models import Agreement
from apps.districts.models import District, Indicator
from apps.events.filters import EventFilter
from apps.events.models import Event
from apps.news.filters import ArticleFilter
from apps.news.models import Article
from apps.opportunities.filters import OpportunityFilter
from apps.opportunities.models import Opportunity
from apps.organizations.models import Organization
from apps.parks.filters import ParkFilter
from apps.parks.models import Park
from apps.policies.filters import PolicyFilter
from apps.policies.models import Policy

from . import serializers
from .csv_export import CSVRenderer, csv_lines
from .filters import ApiOrganizationFilter, IndicatorFilter
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


class DistrictViewSet(OpenDataViewSet):
    """Published districts; one district gives its figures (indicators) too."""

    serializer_class = serializers.DistrictSerializer
    detail_serializer_class = serializers.DistrictDetailSerializer
    csv_name = "districts"

    def get_queryset(self):
        if self.action == "retrieve":
            return District.objects.for_api_detail()
        return District.objects.for_listing()


class IndicatorViewSet(OpenDataListViewSet):
    """Figures of published districts: metric, unit, year, value, qualifier, kind."""

    serializer_class = serializers.IndicatorSerializer
    filterset_class = IndicatorFilter
    csv_name = "indicators"

    def get_queryset(self):
        return Indicator.objects.for_api()


class ParkViewSet(OpenDataViewSet):
    """Published parks, filtered as on the parks page."""

    serializer_class = serializers.ParkSerializer
    detail_serializer_class = serializers.ParkDetailSerializer
    filterset_class = ParkFilter
    csv_name = "parks"

    def get_queryset(self):
        return Park.objects.for_listing()


class OrganizationViewSet(OpenDataViewSet):
    """Every published organization; `directory=true` for the directory's kinds."""

    serializer_class = serializers.OrganizationSerializer
    filterset_class = ApiOrganizationFilter
    csv_name = "organizations"

    def get_queryset(self):
        return Organization.objects.for_api()


class EventViewSet(OpenDataViewSet):
    """Published events, upcoming unless `when=past` or `when=all`."""

    serializer_class = serializers.EventSerializer
    detail_serializer_class = serializers.EventDetailSerializer
    filterset_class = EventFilter
    csv_name = "events"

    def get_queryset(self):
        if self.action == "retrieve":
            return Event.objects.for_api_detail()
        return Event.objects.for_api()


class AgreementViewSet(OpenDataViewSet):
    """Published agreements with their parties and roles."""

    serializer_class = serializers.AgreementSerializer
    detail_serializer_class = serializers.AgreementDetailSerializer
    filterset_class = AgreementFilter
    csv_name = "agreements"

    def get_queryset(self):
        return Agreement.objects.for_detail()


class PolicyViewSet(OpenDataViewSet):
    """Published policies; one policy gives its measures too."""

    serializer_class = serializers.PolicySerializer
    detail_serializer_class = serializers.PolicyDetailSerializer
    filterset_class = PolicyFilter
    csv_name = "policies"

    def get_queryset(self):
        if self.action == "retrieve":
            return Policy.objects.for_api_detail()
        return Policy.objects.for_api()


class OpportunityViewSet(OpenDataViewSet):
    """Published investment opportunities, filtered as on their page."""

    serializer_class = serializers.OpportunitySerializer
    detail_serializer_class = serializers.OpportunityDetailSerializer
    filterset_class = OpportunityFilter
    csv_name = "opportunities"

    def get_queryset(self):
        return Opportunity.objects.for_detail()


class ArticleViewSet(OpenDataViewSet):
    """Published news articles, newest first."""

    serializer_class = serializers.ArticleSerializer
    detail_serializer_class = serializers.ArticleDetailSerializer
    filterset_class = ArticleFilter
    csv_name = "news"

    def get_queryset(self):
        return Article.objects.for_api()


class ApiRootView(OpenDataMixin, APIView):
    """The endpoints of the open data API and its OpenAPI description."""

    schema = None
    endpoints: list[str] = []

    def get(self, request):
        links = {}
        for basename in self.endpoints:
            try:
                links[basename] = request.build_absolute_uri(
                    reverse(f"api:{basename}-list")
                )
            except NoReverseMatch:  # pragma: no cover - a misconfigured router
                continue
        links["schema"] = request.build_absolute_uri(reverse("api:schema"))
        return Response(links)


class SchemaView(OpenDataMixin, SpectacularAPIView):
    """The OpenAPI 3 description of the API, as JSON."""

    renderer_classes = [JSONRenderer]
