"""Guides in the open data API (/api/v1/guides/, /api/v1/guides/<slug>/).

Found and imported by apps.api at start (see docs/api.md).
"""

from __future__ import annotations

from rest_framework import serializers

from apps.api import registry
from apps.api.serializers import LiveRefField, LiveRefListField, PageUrlField
from apps.api.viewsets import OpenDataViewSet
from apps.districts.api import IndustrySerializer

from .filters import GuideFilter
from .models import Guide, GuideStep


class GuideStepSerializer(serializers.ModelSerializer):
    organization = LiveRefField()
    documents = serializers.ListField(
        source="document_list", child=serializers.CharField(), read_only=True
    )

    class Meta:
        model = GuideStep
        fields = [
            "order",
            "title",
            "body",
            "authority",
            "organization",
            "typical_time",
            "documents",
            "link",
        ]


class GuideSerializer(serializers.ModelSerializer):
    districts = LiveRefListField()
    parks = LiveRefListField()
    policies = LiveRefListField(label_attr="title")
    industries = IndustrySerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = Guide
        fields = [
            "slug",
            "title",
            "summary",
            "audience",
            "districts",
            "parks",
            "industries",
            "policies",
            "published_at",
            "url",
        ]


class GuideDetailSerializer(GuideSerializer):
    steps = GuideStepSerializer(many=True, read_only=True)

    class Meta(GuideSerializer.Meta):
        fields = [*GuideSerializer.Meta.fields, "body", "steps"]


class GuideViewSet(OpenDataViewSet):
    """Published guides, filtered as on their page; one guide gives its steps."""

    serializer_class = GuideSerializer
    detail_serializer_class = GuideDetailSerializer
    filterset_class = GuideFilter
    csv_name = "guides"

    def get_queryset(self):
        return Guide.objects.for_api()


registry.register("guides", GuideViewSet, basename="guide", order=90)
