"""Contact persons in the open data API (/api/v1/contacts/).

Found and imported by apps.api at start (see docs/api.md).
"""

from __future__ import annotations

from rest_framework import serializers

from apps.api import registry
from apps.api.serializers import LiveRefField, LiveRefListField, PageUrlField
from apps.api.viewsets import OpenDataListViewSet
from apps.districts.api import IndustrySerializer

from .filters import ContactPersonFilter
from .models import ContactPerson


class ContactPersonSerializer(serializers.ModelSerializer):
    organization = LiveRefField()
    districts = LiveRefListField()
    parks = LiveRefListField()
    industries = IndustrySerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = ContactPerson
        fields = [
            "id",
            "name",
            "title",
            "office",
            "organization",
            "phone",
            "email",
            "languages",
            "districts",
            "parks",
            "industries",
            "url",
        ]


class ContactPersonViewSet(OpenDataListViewSet):
    """Published contact persons, filtered as on the contacts page."""

    serializer_class = ContactPersonSerializer
    filterset_class = ContactPersonFilter
    csv_name = "contacts"

    def get_queryset(self):
        return ContactPerson.objects.for_api()


registry.register("contacts", ContactPersonViewSet, basename="contact", order=85)
