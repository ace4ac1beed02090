from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from apps.districts.filters import district_filter, industry_filter

from .models import Park, ParkKind


def park_filter(field_name: str = "park") -> django_filters.ModelChoiceFilter:
    """Published parks by slug (read per request, as district_filter)."""
    return django_filters.ModelChoiceFilter(
        label=_("Park"),
        field_name=field_name,
        to_field_name="slug",
        queryset=lambda request: Park.objects.published(),
        empty_label=_("All parks"),
    )


class ParkFilter(django_filters.FilterSet):
    """Parks by district, industry and kind, each picked by slug or value."""

    district = district_filter()
    industry = industry_filter()
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=ParkKind.choices, empty_label=_("All kinds")
    )

    class Meta:
        model = Park
        fields = ["district", "industry", "kind"]
