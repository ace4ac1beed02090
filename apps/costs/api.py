"""Costs of doing business in the open data API (/api/v1/costs/).

Found and imported by apps.api at start (see docs/api.md).
"""

from __future__ import annotations

from rest_framework import serializers

from apps.api import registry
from apps.api.serializers import LiveRefField
from apps.api.viewsets import OpenDataListViewSet

from .filters import CostItemFilter
from .models import CostItem


class CostItemSerializer(serializers.ModelSerializer):
    district = LiveRefField()
    park = LiveRefField()
    category_name = serializers.CharField(source="get_category_display", read_only=True)
    text = serializers.CharField(source="amount", read_only=True)

    class Meta:
        model = CostItem
        fields = [
            "district",
            "park",
            "category",
            "category_name",
            "label",
            "value_low",
            "value_high",
            "unit",
            "text",
            "year",
            "period",
            "source",
            "source_url",
            "note",
        ]


class CostItemViewSet(OpenDataListViewSet):
    """Published costs of published districts (and parks), filtered as on /costs/."""

    serializer_class = CostItemSerializer
    filterset_class = CostItemFilter
    csv_name = "costs"

    def get_queryset(self):
        return CostItem.objects.for_listing()


registry.register("costs", CostItemViewSet, basename="costitem", order=85)
