"""Success stories in the open data API (/api/v1/stories/, /api/v1/stories/<slug>/).

Found and imported by apps.api at start (see docs/api.md).
"""

from __future__ import annotations

from rest_framework import serializers

from apps.api import registry
from apps.api.serializers import FileUrlField, LiveRefField, PageUrlField
from apps.api.viewsets import OpenDataViewSet
from apps.districts.api import IndustrySerializer

from .filters import StoryFilter
from .models import Story, StoryFigure


class StoryFigureSerializer(serializers.ModelSerializer):
    text = serializers.CharField(source="amount", read_only=True)

    class Meta:
        model = StoryFigure
        fields = ["label", "value", "unit", "qualifier", "text", "year", "source"]


class StorySerializer(serializers.ModelSerializer):
    organization = LiveRefField()
    district = LiveRefField()
    park = LiveRefField()
    industries = IndustrySerializer(many=True, read_only=True)
    figures = StoryFigureSerializer(many=True, read_only=True)
    image = FileUrlField()
    url = PageUrlField()

    class Meta:
        model = Story
        fields = [
            "slug",
            "title",
            "organization",
            "district",
            "park",
            "industries",
            "summary",
            "quote",
            "quote_attribution",
            "figures",
            "image",
            "image_alt",
            "published_at",
            "url",
        ]


class StoryDetailSerializer(StorySerializer):
    class Meta(StorySerializer.Meta):
        fields = [*StorySerializer.Meta.fields, "body"]


class StoryViewSet(OpenDataViewSet):
    """Published success stories, newest first, filtered as on their page."""

    serializer_class = StorySerializer
    detail_serializer_class = StoryDetailSerializer
    filterset_class = StoryFilter
    csv_name = "stories"

    def get_queryset(self):
        return Story.objects.for_api()


registry.register("stories", StoryViewSet, basename="story", order=95)
