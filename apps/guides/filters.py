"""Filters of the guide list: district, park, industry (slugs) and audience."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from apps.districts.filters import district_filter, industry_filter
from apps.parks.models import Park

from .models import Audience, Guide


class GuideFilter(django_filters.FilterSet):
    district = district_filter("districts")
    park = django_filters.ModelChoiceFilter(
        label=_("Park"),
        field_name="parks",
        to_field_name="slug",
        queryset=lambda request: Park.objects.published(),
        empty_label=_("All parks"),
    )
    industry = industry_filter()
    audience = django_filters.ChoiceFilter(
        label=_("Audience"), choices=Audience.choices, empty_label=_("Everyone")
    )

    class Meta:
        model = Guide
        fields = ["district", "park", "industry", "audience"]
