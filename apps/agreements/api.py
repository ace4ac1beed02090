"""Agreements in the open data API (/api/v1/agreements/).

Found and imported by apps.api at start (see docs/api.md).
"""

from __future__ import annotations

from rest_framework import serializers

from apps.api import registry
from apps.api.serializers import LiveRefField, PageUrlField
from apps.api.viewsets import OpenDataViewSet
from apps.districts.api import IndustrySerializer

from .filters import AgreementFilter
from .models import Agreement, AgreementParty


class PartySerializer(serializers.ModelSerializer):
    """A party by name and role; its organization's slug only when published
    (the agreement page names unpublished parties too, without a link)."""

    name = serializers.CharField(source="organization.name")
    organization = LiveRefField()

    class Meta:
        model = AgreementParty
        fields = ["name", "role", "organization"]


class AgreementSerializer(serializers.ModelSerializer):
    event = LiveRefField(label_attr="title")
    district = LiveRefField()
    industries = IndustrySerializer(many=True, read_only=True)
    parties = PartySerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = Agreement
        fields = [
            "slug",
            "title",
            "kind",
            "progress",
            "signed_year",
            "signed_on",
            "year_inferred",
            "event",
            "district",
            "industries",
            "project_count",
            "party_count",
            "amount",
            "currency",
            "summary",
            "parties",
            "url",
        ]


class AgreementDetailSerializer(AgreementSerializer):
    class Meta(AgreementSerializer.Meta):
        fields = [*AgreementSerializer.Meta.fields, "body"]


class AgreementViewSet(OpenDataViewSet):
    """Published agreements with their parties and roles."""

    serializer_class = AgreementSerializer
    detail_serializer_class = AgreementDetailSerializer
    filterset_class = AgreementFilter
    csv_name = "agreements"

    def get_queryset(self):
        return Agreement.objects.for_detail()


registry.register("agreements", AgreementViewSet, basename="agreement", order=50)
