"""Filters the apps' API-only FilterSets share (apps/<app>/api.py).

The lists otherwise reuse the pages' FilterSets (apps/<app>/filters.py) unchanged,
so a filter means the same on a page, in the JSON and in the CSV download.
"""

from __future__ import annotations

import django_filters
from django import forms


class YearFilter(django_filters.NumberFilter):
    """A whole year: 2022.5 is an error, not a silent match on 2022."""

    field_class = forms.IntegerField
