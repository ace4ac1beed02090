"""Investment opportunities in the open data API (/api/v1/opportunities/).

Found and imported by apps.api at start (see docs/api.md).
"""

from __future__ import annotations

from rest_framework import serializers

from apps.api import registry
from apps.api.serializers import LiveRefField, PageUrlField
from apps.api.viewsets import OpenDataViewSet
from apps.districts.api import IndustrySerializer

from .filters import OpportunityFilter
from .models import Opportunity


class OpportunitySerializer(serializers.ModelSerializer):
    district = LiveRefField()
    park = LiveRefField()
    promoter = LiveRefField()
    industries = IndustrySerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = Opportunity
        fields = [
            "slug",
            "title",
            "kind",
            "district",
            "park",
            "industries",
            "amount_min",
            "amount_max",
            "currency",
            "area_sqm",
            "planning_status",
            "decision_months",
            "promoter",
            "summary",
            "contact_name",
            "contact_phone",
            "contact_email",
            "latitude",
            "longitude",
            "published_at",
            "url",
        ]


class OpportunityDetailSerializer(OpportunitySerializer):
    class Meta(OpportunitySerializer.Meta):
        fields = [*OpportunitySerializer.Meta.fields, "body"]


class OpportunityViewSet(OpenDataViewSet):
    """Published investment opportunities, filtered as on their page."""

    serializer_class = OpportunitySerializer
    detail_serializer_class = OpportunityDetailSerializer
    filterset_class = OpportunityFilter
    csv_name = "opportunities"

    def get_queryset(self):
        return Opportunity.objects.for_detail()


registry.register("opportunities", OpportunityViewSet, basename="opportunity", order=80)
