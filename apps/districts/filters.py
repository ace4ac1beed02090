"""The district and industry filters every public list offers, chosen by slug."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from .models import District, Industry


def district_filter(field_name: str = "district") -> django_filters.ModelChoiceFilter:
    """Published districts by slug. The queryset is a callable, read per request:
    published() compares with the time it is called, so a queryset built at import
    would hide every district published after start-up."""
    return django_filters.ModelChoiceFilter(
        label=_("District"),
        field_name=field_name,
        to_field_name="slug",
        queryset=lambda request: District.objects.published(),
        empty_label=_("All districts"),
    )


def industry_filter(field_name: str = "industries") -> django_filters.ModelChoiceFilter:
    """Industries by slug."""
    return django_filters.ModelChoiceFilter(
        label=_("Industry"),
        field_name=field_name,
        to_field_name="slug",
        queryset=lambda request: Industry.objects.all(),
        empty_label=_("All industries"),
    )
