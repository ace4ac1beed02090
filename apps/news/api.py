"""News articles in the open data API (/api/v1/news/).

Found and imported by apps.api at start (see docs/api.md).
"""

from __future__ import annotations

from rest_framework import serializers

from apps.api import registry
from apps.api.serializers import LiveRefListField, PageUrlField
from apps.api.viewsets import OpenDataViewSet

from .filters import ArticleFilter
from .models import Article


class ArticleSerializer(serializers.ModelSerializer):
    districts = LiveRefListField()
    url = PageUrlField()

    class Meta:
        model = Article
        fields = [
            "slug",
            "title",
            "summary",
            "published_at",
            "only_year_known",
            "year_inferred",
            "source_name",
            "source_url",
            "districts",
            "url",
        ]


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body"]


class ArticleViewSet(OpenDataViewSet):
    """Published news articles, newest first."""

    serializer_class = ArticleSerializer
    detail_serializer_class = ArticleDetailSerializer
    filterset_class = ArticleFilter
    csv_name = "news"

    def get_queryset(self):
        return Article.objects.for_api()


registry.register("news", ArticleViewSet, basename="article", order=70)
