"""Policies in the open data API (/api/v1/policies/).

Found and imported by apps.api at start (see docs/api.md).
"""

from __future__ import annotations

from rest_framework import serializers

from apps.api import registry
from apps.api.serializers import (
    FileUrlField,
    LiveRefField,
    LiveRefListField,
    PageUrlField,
)
from apps.api.viewsets import OpenDataViewSet
from apps.districts.api import IndustrySerializer

from .filters import PolicyFilter
from .models import Measure, Policy


class MeasureSerializer(serializers.ModelSerializer):
    category = serializers.CharField(source="category.name", default=None)

    class Meta:
        model = Measure
        fields = ["number", "category", "title", "text"]


class PolicySerializer(serializers.ModelSerializer):
    issuer = LiveRefField()
    districts = LiveRefListField()
    industries = IndustrySerializer(many=True, read_only=True)
    attachment = FileUrlField()
    url = PageUrlField()

    class Meta:
        model = Policy
        fields = [
            "slug",
            "title",
            "short_title",
            "level",
            "issuer",
            "document_number",
            "year",
            "issued_on",
            "effective_on",
            "expires_on",
            "measure_count",
            "summary",
            "districts",
            "industries",
            "attachment",
            "source_url",
            "url",
        ]


class PolicyDetailSerializer(PolicySerializer):
    measures = MeasureSerializer(many=True, read_only=True)

    class Meta(PolicySerializer.Meta):
        fields = [*PolicySerializer.Meta.fields, "body", "measures"]


class PolicyViewSet(OpenDataViewSet):
    """Published policies; one policy gives its measures too."""

    serializer_class = PolicySerializer
    detail_serializer_class = PolicyDetailSerializer
    filterset_class = PolicyFilter
    csv_name = "policies"

    def get_queryset(self):
        if self.action == "retrieve":
            return Policy.objects.for_api_detail()
        return Policy.objects.for_api()


registry.register("policies", PolicyViewSet, basename="policy", order=60)
