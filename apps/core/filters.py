"""What every public list's filters share: the cached option lists of model
choice filters (the district and industry filters themselves live in
apps/districts/filters.py)."""

from __future__ import annotations

import django_filters
from django import forms

from apps.core.cache import cached_rows

# A select longer than this is of no use to a reader and weighs on every page (the
# agreements' signing events run to thousands in the bulk data): it offers the first
# ones in the queryset's order (the newest events), plus the one chosen. Any valid
# value still filters, e.g. from a link.
MAX_OPTIONS = 100


def use_cached_choices(filterset: django_filters.FilterSet) -> django_filters.FilterSet:
    """Give the form's model choice lists (districts, industries, issuers…) their
    options from `cached_rows`, per filter set, content generation and language:
    rendering them otherwise reads every option from the database on each
    request. At most MAX_OPTIONS are offered. Only the widget's options are
    replaced: validating a chosen value still asks the field's queryset (one row)."""
    form = filterset.form
    form.is_valid()  # validates once; cleaned_data then holds every valid value
    chosen_values = getattr(form, "cleaned_data", {})
    for name, field in form.fields.items():
        if not isinstance(field, forms.ModelChoiceField):
            continue
        options = cached_rows(
            f"choices:{type(filterset).__name__}:{name}",
            lambda field=field: _options(field),
        )
        chosen = chosen_values.get(name)
        if chosen is not None:
            value = str(field.prepare_value(chosen))
            if value not in {option for option, _label in options}:
                options = [*options, (value, str(field.label_from_instance(chosen)))]
        field.widget.choices = options
    return filterset


def _options(field: forms.ModelChoiceField) -> list[tuple[str, str]]:
    options = [] if field.empty_label is None else [("", str(field.empty_label))]
    options += [
        (str(field.prepare_value(obj)), str(field.label_from_instance(obj)))
        for obj in field.queryset[:MAX_OPTIONS]
    ]
    return options
