from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from apps.core.models import Status
from apps.events.models import Event
from tests.factories.events import EventFactory, SessionFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

START = timezone.now().replace(microsecond=0) + dt.timedelta(days=10)


@pytest.mark.parametrize(
    "length", [dt.timedelta(0), -dt.timedelta(hours=1)], ids=["same", "before"]
)
def test_event_must_end_after_it_starts(length):
    with pytest.raises(IntegrityError), transaction.atomic():
        EventFactory(starts_at=START, ends_at=START + length)


@pytest.mark.parametrize(
    "length", [dt.timedelta(0), -dt.timedelta(hours=1)], ids=["same", "before"]
)
def test_session_must_end_after_it_starts(length):
    event = EventFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        SessionFactory(event=event, starts_at=START, ends_at=START + length)


def test_session_without_times_or_with_one_time_is_accepted():
    event = EventFactory()
    SessionFactory(event=event)
    SessionFactory(event=event, starts_at=START)
    SessionFactory(event=event, ends_at=START)
    assert event.sessions.count() == 3


def test_event_slugs_are_unique():
    EventFactory(slug="forum")
    with pytest.raises(IntegrityError), transaction.atomic():
        EventFactory(slug="forum")


def test_attendance_cannot_be_negative():
    with pytest.raises(IntegrityError), transaction.atomic():
        EventFactory(attendance=-1)


def test_str_of_event_session_and_speaker():
    event = EventFactory(title_en="2023 International Forum on Life Science")
    assert str(event) == "2023 International Forum on Life Science"
    assert str(SessionFactory(event=event, title_en="Main forum")) == "Main forum"
    assert str(SpeakerFactory(event=event, name_en="Michael Levitt")) == (
        "Michael Levitt"
    )


def test_next_upcoming_are_the_first_upcoming_events_in_the_same_order():
    now = timezone.now()
    EventFactory(
        starts_at=now - dt.timedelta(days=9), ends_at=now - dt.timedelta(days=8)
    )
    EventFactory(
        starts_at=now + dt.timedelta(days=1), ends_at=now + dt.timedelta(days=2)
    )
    EventFactory(
        starts_at=now + dt.timedelta(days=1),
        ends_at=now + dt.timedelta(days=3),
        status=Status.DRAFT,
    )
    for days in (5, 1, 3, 2):  # two events start together: the id decides
        EventFactory(
            starts_at=now + dt.timedelta(days=days),
            ends_at=now + dt.timedelta(days=days + 1),
        )
    EventFactory(starts_at=now - dt.timedelta(days=1), ends_at=now + dt.timedelta(1))

    expected = list(Event.objects.upcoming()[:4])
    assert list(Event.objects.next_upcoming(4)) == expected
    assert expected[0].starts_at < now  # still running: shown first
    assert len(Event.objects.next_upcoming(50)) == 6
