"""Sectors in the open data API (/api/v1/industries/): every industry of the
taxonomy; one industry gives the districts' figures linked to it too.

Found and imported by apps.api at start (see docs/api.md).
"""

from __future__ import annotations

from rest_framework import serializers

from apps.api import registry
from apps.api.serializers import PageUrlField
from apps.api.viewsets import OpenDataViewSet
from apps.districts.api import IndicatorSerializer
from apps.districts.models import Indicator, Industry


class SectorSerializer(serializers.ModelSerializer):
    url = PageUrlField()

    class Meta:
        model = Industry
        fields = ["slug", "name", "description", "url"]


class SectorDetailSerializer(SectorSerializer):
    figures = serializers.SerializerMethodField()

    class Meta(SectorSerializer.Meta):
        fields = [*SectorSerializer.Meta.fields, "figures"]

    def get_figures(self, industry) -> list[dict]:
        figures = Indicator.objects.for_industry(industry)
        return IndicatorSerializer(figures, many=True, context=self.context).data


class SectorViewSet(OpenDataViewSet):
    """Every industry, in the office's order; one gives its figures."""

    serializer_class = SectorSerializer
    detail_serializer_class = SectorDetailSerializer
    csv_name = "industries"

    def get_queryset(self):
        return Industry.objects.for_listing()


registry.register("industries", SectorViewSet, basename="industry", order=12)
