from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from apps.districts.models import District, Industry

from .models import Park, ParkKind


class ParkFilter(django_filters.FilterSet):
    """Parks by district, industry and kind, each picked by slug or value."""

    district = django_filters.ModelChoiceFilter(
        label=_("District"),
        queryset=lambda request: District.objects.published(),
        to_field_name="slug",
        empty_label=_("All districts"),
    )
    industry = django_filters.ModelChoiceFilter(
        label=_("Industry"),
        field_name="industries",
        queryset=Industry.objects.all(),
        to_field_name="slug",
        empty_label=_("All industries"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=ParkKind.choices, empty_label=_("All kinds")
    )

    class Meta:
        model = Park
        fields = ["district", "industry", "kind"]
