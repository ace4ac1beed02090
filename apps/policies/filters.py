"""Filters of the policy library: issuer, district, industry (slugs) and year."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from apps.core.cache import cached_rows
from apps.districts.filters import district_filter, industry_filter

from .models import Policy


class PolicyFilter(django_filters.FilterSet):
    issuer = django_filters.ModelChoiceFilter(
        label=_("Issued by"),
        field_name="issuer",
        to_field_name="slug",
        queryset=lambda request: Policy.objects.issuers(),
        empty_label=_("All issuers"),
    )
    district = district_filter("districts")
    industry = industry_filter()
    year = django_filters.ChoiceFilter(
        label=_("Year"), field_name="year", choices=[], empty_label=_("All years")
    )

    class Meta:
        model = Policy
        fields: list[str] = []

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Read the years per content generation, not at import and not per render.
        self.filters["year"].extra["choices"] = [
            (year, year) for year in cached_rows("policies:years", Policy.objects.years)
        ]
