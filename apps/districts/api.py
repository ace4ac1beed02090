"""Districts and their figures in the open data API (/api/v1/districts/, /indicators/).

Found and imported by apps.api at start (see docs/api.md).
"""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from apps.api import registry
from apps.api.filters import YearFilter
from apps.api.serializers import LiveRefField, PageUrlField
from apps.api.viewsets import OpenDataListViewSet, OpenDataViewSet

from .models import District, Indicator, IndicatorKind, Industry, Metric


class IndustrySerializer(serializers.ModelSerializer):
    class Meta:
        model = Industry
        fields = ["slug", "name"]


class IndicatorInDistrictSerializer(serializers.ModelSerializer):
    metric = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    metric_name = serializers.CharField(source="metric.name", read_only=True)
    unit = serializers.CharField(
        source="metric.unit",
        read_only=True,
        help_text=_(
            "The unit code `value` is in (CNY, enterprise, m2 …): values are in base "
            "units, 80000000000 with CNY is 80 billion yuan."
        ),
    )

    class Meta:
        model = Indicator
        fields = [
            "metric",
            "metric_name",
            "unit",
            "year",
            "year_inferred",
            "value",
            "qualifier",
            "kind",
            "source",
            "source_url",
        ]


class IndicatorSerializer(IndicatorInDistrictSerializer):
    district = LiveRefField()

    class Meta(IndicatorInDistrictSerializer.Meta):
        fields = ["district", *IndicatorInDistrictSerializer.Meta.fields]


class DistrictSerializer(serializers.ModelSerializer):
    industries = IndustrySerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = District
        fields = [
            "slug",
            "name",
            "summary",
            "industries",
            "contact_name",
            "contact_phone",
            "contact_email",
            "address",
            "website",
            "url",
        ]


class DistrictDetailSerializer(DistrictSerializer):
    indicators = IndicatorInDistrictSerializer(many=True, read_only=True)

    class Meta(DistrictSerializer.Meta):
        fields = [*DistrictSerializer.Meta.fields, "body", "indicators"]


class IndicatorFilter(django_filters.FilterSet):
    """Figures by district and metric (slugs), year and kind."""

    district = django_filters.ModelChoiceFilter(
        label=_("District"),
        field_name="district",
        to_field_name="slug",
        queryset=lambda request: District.objects.published(),
    )
    metric = django_filters.ModelChoiceFilter(
        label=_("Metric"),
        field_name="metric",
        to_field_name="slug",
        queryset=lambda request: Metric.objects.all(),
    )
    year = YearFilter(
        label=_("Year"), field_name="year", min_value=1949, max_value=2100
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=IndicatorKind.choices)

    class Meta:
        model = Indicator
        fields: list[str] = []


class DistrictViewSet(OpenDataViewSet):
    """Published districts; one district gives its figures (indicators) too."""

    serializer_class = DistrictSerializer
    detail_serializer_class = DistrictDetailSerializer
    csv_name = "districts"

    def get_queryset(self):
        if self.action == "retrieve":
            return District.objects.for_api_detail()
        return District.objects.for_listing()


class IndicatorViewSet(OpenDataListViewSet):
    """Figures of published districts: metric, unit, year, value, qualifier, kind."""

    serializer_class = IndicatorSerializer
    filterset_class = IndicatorFilter
    csv_name = "indicators"

    def get_queryset(self):
        return Indicator.objects.for_api()


registry.register("districts", DistrictViewSet, basename="district", order=10)
registry.register("indicators", IndicatorViewSet, basename="indicator", order=15)
