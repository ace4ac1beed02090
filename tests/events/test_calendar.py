from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date

from apps.core.models import Status
from apps.events.calendar import escape_text, fold
from apps.events.models import DatePrecision
from tests.factories.districts import DistrictFactory
from tests.factories.events import EventFactory

pytestmark = pytest.mark.django_db

BEIJING = ZoneInfo("Asia/Shanghai")
FEED = reverse("events:feed")


@pytest.fixture(autouse=True)
def _frozen_time():
    with time_machine.travel(dt.datetime(2025, 7, 1, 12, tzinfo=BEIJING), tick=False):
        yield


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BEIJING)


def parse(response) -> icalendar.Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def vevents(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def ics_url(event) -> str:
    return reverse("events:ics", kwargs={"slug": event.slug})


@pytest.fixture
def corridor():
    return EventFactory(
        title_en="Corridor conference; services, exchange",
        slug="corridor",
        summary_en="Two signing ceremonies.\nMore than 100 representatives.",
        venue_en="Business Service Center of Daxing District",
        starts_at=at(2025, 7, 10, 9, 0),
        ends_at=at(2025, 7, 10, 12, 0),
    )


def test_single_event_ics_is_a_download_with_beijing_times(client, corridor):
    response = client.get(ics_url(corridor))
    assert response["Content-Disposition"] == 'attachment; filename="corridor.ics"'
    calendar = parse(response)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    timezone_part = calendar.walk("VTIMEZONE")[0]
    assert timezone_part["TZID"] == "Asia/Shanghai"
    standard = timezone_part.walk("STANDARD")[0]
    assert standard["TZOFFSETFROM"].td == dt.timedelta(hours=8)
    assert standard["TZOFFSETTO"].td == dt.timedelta(hours=8)
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Corridor conference; services, exchange"
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert event["DTSTART"].dt == at(2025, 7, 10, 9, 0)
    assert event["DTEND"].dt == at(2025, 7, 10, 12, 0)
    assert event["UID"]
    assert event["DTSTAMP"]
    assert "More than 100 representatives." in str(event["DESCRIPTION"])
    assert "July 10, 2025, 09:00" in str(event["DESCRIPTION"])
    assert str(event["LOCATION"]) == "Business Service Center of Daxing District"


def test_whole_day_event_is_an_all_day_entry_with_an_exclusive_end(client):
    event = EventFactory(
        title_en="Forum",
        date_precision=DatePrecision.DAY,
        starts_at=at(2025, 8, 5, 0),
        ends_at=at(2025, 8, 6, 23, 59),
    )
    (entry,) = parse(client.get(ics_url(event))).walk("VEVENT")
    assert entry["DTSTART"].params["VALUE"] == "DATE"
    assert entry["DTSTART"].dt == dt.date(2025, 8, 5)
    assert entry["DTEND"].dt == dt.date(2025, 8, 7)
    assert "00:00" not in str(entry["DESCRIPTION"])


def test_year_only_event_has_no_ics(client):
    event = EventFactory(date_precision=DatePrecision.YEAR)
    assert client.get(ics_url(event)).status_code == 404


def test_draft_and_scheduled_events_have_no_ics(client):
    draft = EventFactory(status=Status.DRAFT)
    later = EventFactory(published_at=timezone.now() + dt.timedelta(days=1))
    assert client.get(ics_url(draft)).status_code == 404
    assert client.get(ics_url(later)).status_code == 404


def test_feed_has_published_dated_events_each_with_an_end(client, corridor):
    EventFactory(
        title_en="Past forum", starts_at=at(2023, 5, 1, 9), ends_at=at(2023, 5, 1, 17)
    )
    EventFactory(title_en="Draft", status=Status.DRAFT)
    EventFactory(
        title_en="Scheduled", published_at=timezone.now() + dt.timedelta(days=1)
    )
    EventFactory(title_en="Year only", date_precision=DatePrecision.YEAR)
    response = client.get(FEED)
    assert "attachment" not in response["Content-Disposition"]
    calendar = parse(response)
    entries = vevents(calendar)
    assert set(entries) == {"Corridor conference; services, exchange", "Past forum"}
    uids = [str(entry["UID"]) for entry in entries.values()]
    assert len(set(uids)) == len(uids)
    for entry in entries.values():
        assert "DTEND" in entry
        assert entry["DTSTART"].params["TZID"] == "Asia/Shanghai"
        assert entry["DTEND"].dt > entry["DTSTART"].dt


def test_feed_takes_the_list_filters(client, corridor):
    EventFactory(
        title_en="Changping forum",
        district=DistrictFactory(slug="changping"),
        starts_at=at(2025, 8, 5, 9),
        ends_at=at(2025, 8, 5, 17),
    )
    entries = vevents(parse(client.get(FEED, {"district": "changping"})))
    assert set(entries) == {"Changping forum"}
    entries = vevents(parse(client.get(FEED, {"month": "2025-07"})))
    assert set(entries) == {"Corridor conference; services, exchange"}


def test_feed_with_bad_filters_is_a_400_not_a_500(client):
    assert client.get(FEED, {"month": "2025-99"}).status_code == 400


def test_lines_are_folded_at_75_octets_and_unfold_to_the_text(client):
    title = "生命健康高端制造产业走廊建设暨创新药产业服务交流大会" * 3
    event = EventFactory(title_en=title)
    response = client.get(ics_url(event))
    for line in response.content.split(b"\r\n"):
        assert len(line) <= 75
        line.decode()  # never cut inside a character
    (entry,) = parse(response).walk("VEVENT")
    assert str(entry["SUMMARY"]) == title


def test_text_is_escaped():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert fold("x" * 80) == "x" * 75 + "\r\n " + "x" * 5


def test_ics_answers_304_when_nothing_changed(client, corridor):
    first = client.get(ics_url(corridor))
    assert first["ETag"]
    assert first["Last-Modified"]
    again = client.get(ics_url(corridor), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    corridor.title_en = "Renamed"
    with time_machine.travel(dt.datetime(2025, 7, 2, tzinfo=BEIJING), tick=False):
        corridor.save()
        changed = client.get(ics_url(corridor), HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200


def test_feed_last_modified_follows_the_latest_change(client, corridor):
    response = client.get(FEED)
    assert response["Last-Modified"] == http_date(corridor.updated_at.timestamp())
    again = client.get(FEED, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert again.status_code == 304
    with time_machine.travel(dt.datetime(2025, 7, 2, tzinfo=BEIJING), tick=False):
        EventFactory(title_en="New")
        fresh = client.get(FEED, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert fresh.status_code == 200
    assert "New" in vevents(parse(fresh))


def test_unpublishing_an_event_changes_the_feed_etag(client, corridor):
    etag = client.get(FEED)["ETag"]
    with time_machine.travel(dt.datetime(2025, 7, 2, tzinfo=BEIJING), tick=False):
        corridor.status = Status.DRAFT
        corridor.save()
        response = client.get(FEED, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert vevents(parse(response)) == {}
