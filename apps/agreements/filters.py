"""Filters of the agreement list: district, kind, year, industry and event (slugs)."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from apps.core.cache import cached_rows
from apps.districts.filters import district_filter, industry_filter

from .models import Agreement, AgreementKind


def _year_choices() -> list[tuple[int, int]]:
    years = cached_rows("agreements:years", Agreement.objects.signed_years)
    return [(year, year) for year in years]


class AgreementFilter(django_filters.FilterSet):
    district = district_filter()
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=AgreementKind.choices, empty_label=_("All kinds")
    )
    year = django_filters.ChoiceFilter(
        label=_("Year"),
        field_name="signed_year",
        choices=[],
        empty_label=_("All years"),
    )
    industry = industry_filter()
    event = django_filters.ModelChoiceFilter(
        label=_("Signed at"),
        field_name="event",
        to_field_name="slug",
        queryset=lambda request: Agreement.objects.signing_events(),
        empty_label=_("All events"),
    )

    class Meta:
        model = Agreement
        fields: list[str] = []

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Read the years per content generation, not at import and not per render.
        self.filters["year"].extra["choices"] = _year_choices()
