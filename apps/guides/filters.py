"""Filters of the guide list: district, park, industry (slugs) and audience."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from apps.districts.filters import district_filter, industry_filter
from apps.parks.filters import park_filter

from .models import Audience, Guide


class GuideFilter(django_filters.FilterSet):
    district = district_filter("districts")
    park = park_filter("parks")
    industry = industry_filter()
    audience = django_filters.ChoiceFilter(
        label=_("Audience"), choices=Audience.choices, empty_label=_("Everyone")
    )

    class Meta:
        model = Guide
        fields = ["district", "park", "industry", "audience"]
