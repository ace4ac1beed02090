from __future__ import annotations

import datetime as dt

import factory
from django.utils import timezone

from apps.events.models import Event, EventKind, Session, SessionKind, Speaker
from tests.factories.base import PublishedFactory
from tests.factories.districts import DistrictFactory


class EventFactory(PublishedFactory):
    class Meta:
        model = Event

    title_en = factory.Sequence(lambda n: f"Event {n}")
    title_zh_hans = factory.Sequence(lambda n: f"活动{n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    kind = EventKind.FORUM
    district = factory.SubFactory(DistrictFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=30))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + dt.timedelta(hours=4))


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    event = factory.SubFactory(EventFactory)
    kind = SessionKind.PANEL
    title_en = factory.Sequence(lambda n: f"Session {n}")


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    event = factory.SubFactory(EventFactory)
    name_en = factory.Sequence(lambda n: f"Speaker {n}")
