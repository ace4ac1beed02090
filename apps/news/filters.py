"""Filter of the news list: district (slug)."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from apps.districts.models import District

from .models import Article


class ArticleFilter(django_filters.FilterSet):
    district = django_filters.ModelChoiceFilter(
        label=_("District"),
        field_name="districts",
        to_field_name="slug",
        queryset=lambda request: District.objects.published(),
        empty_label=_("All districts"),
    )

    class Meta:
        model = Article
        fields: list[str] = []
