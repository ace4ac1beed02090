"""Filters of the story list: district and industry (slugs)."""

from __future__ import annotations

import django_filters

from apps.districts.filters import district_filter, industry_filter

from .models import Story


class StoryFilter(django_filters.FilterSet):
    district = district_filter()
    industry = industry_filter()

    class Meta:
        model = Story
        fields = ["district", "industry"]
