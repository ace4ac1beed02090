"""Organizations in the open data API (/api/v1/organizations/): every published
one, not only the directory's kinds.

Found and imported by apps.api at start (see docs/api.md).
"""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from apps.api import registry
from apps.api.serializers import LiveRefField, PageUrlField
from apps.api.viewsets import OpenDataViewSet
from apps.districts.api import IndustrySerializer

from .filters import OrganizationFilter
from .models import DIRECTORY_KINDS, Designation, Organization, OrganizationKind


class DesignationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Designation
        fields = ["kind", "year", "exchange", "stock_code"]


class OrganizationSerializer(serializers.ModelSerializer):
    parent = LiveRefField()
    district = LiveRefField()
    park = LiveRefField()
    industries = IndustrySerializer(many=True, read_only=True)
    designations = DesignationSerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = Organization
        fields = [
            "slug",
            "name",
            "short_name",
            "kind",
            "service_fields",
            "parent",
            "district",
            "park",
            "industries",
            "designations",
            "description",
            "website",
            "address",
            "founded_year",
            "url",
        ]


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


class OrganizationViewSet(OpenDataViewSet):
    """Every published organization; `directory=true` for the directory's kinds."""

    serializer_class = OrganizationSerializer
    filterset_class = ApiOrganizationFilter
    csv_name = "organizations"

    def get_queryset(self):
        return Organization.objects.for_api()


registry.register(
    "organizations", OrganizationViewSet, basename="organization", order=30
)
