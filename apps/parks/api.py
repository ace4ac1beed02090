"""Parks in the open data API (/api/v1/parks/).

Found and imported by apps.api at start (see docs/api.md).
"""

from __future__ import annotations

from rest_framework import serializers

from apps.api import registry
from apps.api.serializers import LiveRefField, PageUrlField
from apps.api.viewsets import OpenDataViewSet
from apps.districts.api import IndustrySerializer

from .filters import ParkFilter
from .models import Park


class ParkSerializer(serializers.ModelSerializer):
    district = LiveRefField()
    industries = IndustrySerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = Park
        fields = [
            "slug",
            "name",
            "kind",
            "district",
            "industries",
            "summary",
            "area_hectares",
            "available_space_sqm",
            "facilities",
            "services",
            "address",
            "latitude",
            "longitude",
            "contact_name",
            "contact_phone",
            "contact_email",
            "website",
            "url",
        ]


class ParkDetailSerializer(ParkSerializer):
    class Meta(ParkSerializer.Meta):
        fields = [*ParkSerializer.Meta.fields, "body"]


class ParkViewSet(OpenDataViewSet):
    """Published parks, filtered as on the parks page."""

    serializer_class = ParkSerializer
    detail_serializer_class = ParkDetailSerializer
    filterset_class = ParkFilter
    csv_name = "parks"

    def get_queryset(self):
        return Park.objects.for_listing()


registry.register("parks", ParkViewSet, basename="park", order=20)
