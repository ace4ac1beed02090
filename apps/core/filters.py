"""Filters shared by the public lists: a district and an industry chosen by slug,
and the cached option lists of every model choice filter."""

from __future__ import annotations

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from apps.core.cache import cached_rows
from apps.districts.models import District, Industry


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


def use_cached_choices(filterset: django_filters.FilterSet) -> django_filters.FilterSet:
    """Give the form's model choice lists (districts, industries, issuers…) their
    options from `cached_rows`, per filter set, content generation and language:
    rendering them otherwise reads every option from the database on each
    request. Only the widget's options are replaced: validating a chosen value
    still asks the field's queryset (one row)."""
    for name, field in filterset.form.fields.items():
        if not isinstance(field, forms.ModelChoiceField):
            continue
        field.widget.choices = cached_rows(
            f"choices:{type(filterset).__name__}:{name}",
            lambda field=field: [
                (str(value), str(label)) for value, label in field.iterator(field)
            ],
        )
    return filterset
