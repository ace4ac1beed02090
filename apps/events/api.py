"""Events in the open data API (/api/v1/events/).

Found and imported by apps.api at start (see docs/api.md).
"""

from __future__ import annotations

from rest_framework import serializers

from apps.api import registry
from apps.api.serializers import LiveRefField, LiveRefListField, PageUrlField
from apps.api.viewsets import OpenDataViewSet
from apps.districts.api import IndustrySerializer

from .filters import EventFilter
from .models import Event, Session, Speaker


class EventSerializer(serializers.ModelSerializer):
    district = LiveRefField()
    industries = IndustrySerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = Event
        fields = [
            "slug",
            "title",
            "kind",
            "theme",
            "summary",
            "starts_at",
            "ends_at",
            "date_precision",
            "year_inferred",
            "venue",
            "address",
            "format",
            "online_url",
            "district",
            "industries",
            "attendance",
            "attendance_is_minimum",
            "registration_open",
            "url",
        ]


class SessionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Session
        fields = ["kind", "title", "description", "starts_at", "ends_at", "venue"]


class SpeakerSerializer(serializers.ModelSerializer):
    organization = LiveRefField()
    session = serializers.CharField(source="session.title", default=None)

    class Meta:
        model = Speaker
        fields = ["name", "title", "organization", "topic", "session"]


class EventDetailSerializer(EventSerializer):
    organizers = LiveRefListField()
    exhibitors = LiveRefListField()
    sessions = SessionSerializer(many=True, read_only=True)
    speakers = SpeakerSerializer(many=True, read_only=True)

    class Meta(EventSerializer.Meta):
        fields = [
            *EventSerializer.Meta.fields,
            "structure",
            "body",
            "organizers",
            "exhibitors",
            "sessions",
            "speakers",
        ]


class EventViewSet(OpenDataViewSet):
    """Published events, upcoming unless `when=past` or `when=all`."""

    serializer_class = EventSerializer
    detail_serializer_class = EventDetailSerializer
    filterset_class = EventFilter
    csv_name = "events"

    def get_queryset(self):
        if self.action == "retrieve":
            return Event.objects.for_api_detail()
        return Event.objects.for_api()


registry.register("events", EventViewSet, basename="event", order=40)
