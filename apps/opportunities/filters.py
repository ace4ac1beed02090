"""Filters of the opportunity list: industry, district (slugs), kind and value."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from apps.districts.filters import district_filter, industry_filter

from .models import Opportunity, OpportunityKind

MAX_AMOUNT = 10**11
# Readers filter in millions; amounts are stored in the currency's base unit.
MILLION = 10**6


class OpportunityFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("value_min"), cleaned.get("value_max")
        if low is not None and high is not None and low > high:
            self.add_error("value_max", _("The maximum must not be below the minimum."))
        return cleaned


class OpportunityFilter(django_filters.FilterSet):
    industry = industry_filter()
    district = district_filter()
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=OpportunityKind.choices, empty_label=_("All kinds")
    )
    value_min = django_filters.NumberFilter(
        label=_("Value from (millions)"),
        method="filter_value_min",
        min_value=0,
        max_value=MAX_AMOUNT,
    )
    value_max = django_filters.NumberFilter(
        label=_("Value up to (millions)"),
        method="filter_value_max",
        min_value=0,
        max_value=MAX_AMOUNT,
    )

    class Meta:
        model = Opportunity
        fields = ["industry", "district", "kind"]
        form = OpportunityFilterForm

    def filter_value_min(self, queryset, name, value):
        """Ranges reaching up to at least the value (a range overlaps the filter)."""
        if value is None:
            return queryset
        value *= MILLION
        return queryset.filter(
            Q(amount_max__gte=value) | Q(amount_max__isnull=True, amount_min__gte=value)
        )

    def filter_value_max(self, queryset, name, value):
        """Ranges starting at or below the value."""
        if value is None:
            return queryset
        value *= MILLION
        return queryset.filter(
            Q(amount_min__lte=value) | Q(amount_min__isnull=True, amount_max__lte=value)
        )
