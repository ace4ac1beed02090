"""Filters of the public events list and calendar feed."""

from __future__ import annotations

import datetime as dt
import re

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from apps.core.cache import cached_rows
from apps.districts.models import District

from .dates import BEIJING
from .models import DatePrecision, Event, EventKind

WHEN_CHOICES = [
    ("upcoming", _("Upcoming")),
    ("past", _("Past")),
    ("all", _("All")),
]
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")


class MonthField(forms.CharField):
    """A month written 2025-07; anything else is a clear error."""

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        match = MONTH_PATTERN.match(value)
        year, month = (int(part) for part in match.groups()) if match else (0, 0)
        if not (1 <= month <= 12 and 1900 <= year <= 2100):
            raise ValidationError(
                _("Enter a month as year and month, e.g. 2025-07."), code="invalid"
            )
        return dt.date(year, month, 1)


class MonthFilter(django_filters.Filter):
    field_class = MonthField


class EventFilter(django_filters.FilterSet):
    """Narrow events by time, district, kind and month.

    `when` defaults to upcoming events (to all for a calendar feed); an unknown
    value falls back to the default rather than emptying the list.
    """

    default_when = "upcoming"

    when = django_filters.CharFilter(
        label=_("When"),
        method="filter_when",
        widget=forms.Select(choices=WHEN_CHOICES),
    )
    district = django_filters.ChoiceFilter(
        label=_("District"), field_name="district__slug", empty_label=_("All districts")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=EventKind.choices, empty_label=_("All kinds")
    )
    month = MonthFilter(
        label=_("Month"),
        method="filter_month",
        widget=forms.TextInput(attrs={"type": "month"}),
        help_text=_("e.g. 2025-07"),
    )

    class Meta:
        model = Event
        fields: list[str] = []

    def __init__(self, data=None, *args, **kwargs) -> None:
        # Always bound, so that filter_queryset applies the default time span.
        super().__init__(data if data is not None else {}, *args, **kwargs)
        fields = self.form.fields
        fields["district"].choices = cached_rows(
            "events:districts",
            lambda: District.objects.published().values_list("slug", "name"),
        )

    @property
    def selected_when(self) -> str:
        """Which events the list shows: upcoming, past or all."""
        data = self.form.cleaned_data if self.form.is_bound else {}
        value = (data or {}).get("when") or self.default_when
        return value if value in dict(WHEN_CHOICES) else self.default_when

    def filter_when(self, queryset, name, value):
        # Applied in filter_queryset so that the default applies too.
        return queryset

    def filter_month(self, queryset, name, value: dt.date):
        start = dt.datetime(value.year, value.month, 1, tzinfo=BEIJING)
        next_month = (start + dt.timedelta(days=32)).replace(day=1)
        return queryset.exclude(date_precision=DatePrecision.YEAR).filter(
            starts_at__lt=next_month, ends_at__gt=start
        )

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        when = self.selected_when
        if when == "upcoming":
            return queryset.upcoming()
        if when == "past":
            return queryset.past()
        return queryset.order_by("-starts_at")


class EventFeedFilter(EventFilter):
    """The calendar feed: all dated events unless told otherwise."""

    default_when = "all"
