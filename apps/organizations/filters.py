"""Filters of the public enterprise directory."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils.translation import gettext_lazy as _

from apps.core.cache import cached_rows
from apps.core.ordering import chinese_reader, pinyin_order
from apps.districts.models import District, Industry
from apps.parks.models import Park

from .models import (
    DIRECTORY_KINDS,
    Designation,
    DesignationKind,
    Organization,
    ServiceField,
)

SORT_CHOICES = [
    ("", _("Name (A–Z)")),  # noqa: RUF001
    ("-name", _("Name (Z–A)")),  # noqa: RUF001
    ("newest", _("Newest first")),
]


def _name_in_active_language():
    """The name readers see, in their order: pinyin of the Chinese name (else the
    English one) for a Chinese reader, the English name without case otherwise.
    The directory's name indexes (Organization.Meta) have the same expressions."""
    if chinese_reader():
        return pinyin_order("name")
    return Lower(Coalesce(NullIf("name_en", Value("")), "name_en"))


class OrganizationFilter(django_filters.FilterSet):
    """Narrow the directory by place, industry, kind, designation and name.

    Choice lists are read once per request (one query each; kept in the cache
    with the public pages when it is on) and filtered by slug, so a chosen value
    costs no extra query; sorting ignores values it does not know.
    """

    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_search",
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"),
        choices=[(kind.value, kind.label) for kind in DIRECTORY_KINDS],
        empty_label=_("All kinds"),
    )
    district = django_filters.ChoiceFilter(
        label=_("District"), field_name="district__slug", empty_label=_("All districts")
    )
    park = django_filters.ChoiceFilter(
        label=_("Park"), field_name="park__slug", empty_label=_("All parks")
    )
    industry = django_filters.ChoiceFilter(
        label=_("Industry"),
        field_name="industries__slug",
        empty_label=_("All industries"),
    )
    designation = django_filters.ChoiceFilter(
        label=_("Designation"),
        choices=DesignationKind.choices,
        method="filter_designation",
        empty_label=_("All designations"),
    )
    service = django_filters.ChoiceFilter(
        label=_("Service field"),
        choices=ServiceField.choices,
        method="filter_service",
        empty_label=_("All service fields"),
    )
    sort = django_filters.CharFilter(
        label=_("Sort by"),
        method="sort_by",
        widget=forms.Select(choices=SORT_CHOICES),
    )

    class Meta:
        model = Organization
        fields: list[str] = []

    def __init__(self, data=None, *args, **kwargs) -> None:
        # Always bound, so that filter_queryset applies the default order.
        super().__init__(data if data is not None else {}, *args, **kwargs)
        form_fields = self.form.fields
        form_fields["district"].choices = cached_rows(
            "directory:districts",
            lambda: District.objects.published().values_list("slug", "name"),
        )
        form_fields["park"].choices = cached_rows(
            "directory:parks",
            lambda: Park.objects.published().values_list("slug", "name"),
        )
        form_fields["industry"].choices = cached_rows(
            "directory:industries",
            lambda: Industry.objects.values_list("slug", "name"),
        )

    def filter_search(self, queryset, name, value):
        # The portal's search (full text in English, character pairs in Chinese,
        # typo-tolerant names); best match first unless a sort is chosen.
        queryset = queryset.search(value)
        if (
            "search_rank" in queryset.query.annotations
            and not self.form.cleaned_data.get("sort")
        ):
            queryset = queryset.order_by(
                "-search_rank", _name_in_active_language(), "pk"
            )
        return queryset

    def filter_service(self, queryset, name, value):
        return queryset.filter(service_fields__contains=[value])

    def filter_designation(self, queryset, name, value):
        holders = Designation.objects.filter(kind=value).values("organization")
        return queryset.filter(pk__in=holders)

    def sort_by(self, queryset, name, value):
        if value == "-name":
            return queryset.order_by(_name_in_active_language().desc(), "-pk")
        if value == "newest":
            return queryset.order_by("-published_at", "-pk")
        return queryset

    def filter_queryset(self, queryset):
        # Name order unless told otherwise, in the reader's language.
        queryset = queryset.order_by(_name_in_active_language(), "pk")
        return super().filter_queryset(queryset)
