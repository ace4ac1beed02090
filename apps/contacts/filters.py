"""Filters of the contact list and API: district, park and industry (slugs)."""

from __future__ import annotations

import django_filters

from apps.districts.filters import district_filter, industry_filter
from apps.parks.filters import park_filter

from .models import ContactPerson


class ContactPersonFilter(django_filters.FilterSet):
    district = district_filter("districts")
    park = park_filter("parks")
    industry = industry_filter()

    class Meta:
        model = ContactPerson
        fields: list[str] = []
