from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from apps.districts.filters import district_filter, industry_filter

from .models import Park, ParkKind


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
