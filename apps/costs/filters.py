"""Filters of the cost list and the API: district, park (slugs), category, year."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from apps.api.filters import YearFilter
from apps.districts.filters import district_filter
from apps.parks.filters import park_filter

from .models import CostCategory, CostItem


class CostItemFilter(django_filters.FilterSet):
    district = district_filter()
    park = park_filter("park")
    category = django_filters.ChoiceFilter(
        label=_("Category"),
        choices=CostCategory.choices,
        empty_label=_("All categories"),
    )
    year = YearFilter(
        label=_("Year"), field_name="year", min_value=1949, max_value=2100
    )

    class Meta:
        model = CostItem
        fields = ["district", "park", "category", "year"]
