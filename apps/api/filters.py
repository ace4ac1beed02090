"""Filters of the API lists that the public pages do not have.

The other lists reuse the pages' FilterSets (apps/<app>/filters.py) unchanged, so a
filter means the same on a page, in the JSON and in the CSV download.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from apps.districts.models import District, Indicator, IndicatorKind, Metric
from apps.organizations.filters import OrganizationFilter
from apps.organizations.models import DIRECTORY_KINDS, OrganizationKind


class YearFilter(django_filters.NumberFilter):
    """A whole year: 2022.5 is an error, not a silent match on 2022."""

    field_class = forms.IntegerField


class IndicatorFilter(django_filters.FilterSet):
    """Figures by district and metric (slugs), year and kind."""

    district = django_filters.ModelChoiceFilter(
        label=_("District"),
        field_name="district",
        to_field_name="slug",
        queryset=lambda request: District.objects.published(),
    )
    metric = django_filters.ModelChoiceFilter(
        label=_("Metric"),
        field_name="metric",
        to_field_name="slug",
        queryset=lambda request: Metric.objects.all(),
    )
    year = YearFilter(
        label=_("Year"), field_name="year", min_value=1949, max_value=2100
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=IndicatorKind.choices)

    class Meta:
        model = Indicator
        fields: list[str] = []


class ApiOrganizationFilter(OrganizationFilter):
    """The directory's filters over every published organization: `kind` takes any
    kind, and `directory=true` keeps the directory's kinds, as its page lists them."""

    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=OrganizationKind.choices
    )
    directory = django_filters.BooleanFilter(
        label=_("Directory only"), method="filter_directory"
    )

    def filter_directory(self, queryset, name, value):
        if value:
            return queryset.filter(kind__in=DIRECTORY_KINDS)
        return queryset
