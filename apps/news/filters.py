"""Filter of the news list: district (slug)."""

from __future__ import annotations

import django_filters

from apps.districts.filters import district_filter

from .models import Article


class ArticleFilter(django_filters.FilterSet):
    district = district_filter("districts")

    class Meta:
        model = Article
        fields: list[str] = []
