from __future__ import annotations

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from apps.agreements.models import AgreementKind
from apps.core.models import Status
from apps.events.models import DatePrecision, EventFormat, EventKind, SessionKind
from tests.factories.agreements import AgreementFactory
from tests.factories.districts import DistrictFactory
from tests.factories.events import EventFactory, SessionFactory, SpeakerFactory
from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db

BEIJING = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2025, 7, 1, 12, 0, tzinfo=BEIJING)
LIST = reverse("events:list")


@pytest.fixture(autouse=True)
def _frozen_time():
    with time_machine.travel(NOW, tick=False):
        yield


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BEIJING)


def titles(response) -> list[str]:
    return [event.title for event in response.context["events"]]


def json_ld(response) -> dict:
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S
    )
    assert match, "no JSON-LD script"
    return json.loads(match.group(1))


@pytest.fixture
def corridor():
    """The Daxing conference of 10 July 2025 (seed article), registration open."""
    return EventFactory(
        title_en="Corridor conference",
        slug="corridor-conference",
        kind=EventKind.CONFERENCE,
        district=DistrictFactory(slug="daxing", name_en="Daxing"),
        starts_at=at(2025, 7, 10, 9, 0),
        ends_at=at(2025, 7, 10, 12, 0),
        venue_en="Business Service Center of Daxing District",
        registration_open=True,
    )


# --- List --------------------------------------------------------------------------


def test_list_shows_upcoming_events_soonest_first_by_default(client):
    EventFactory(
        title_en="Later", starts_at=at(2025, 9, 1, 9), ends_at=at(2025, 9, 1, 17)
    )
    EventFactory(
        title_en="Sooner", starts_at=at(2025, 7, 2, 9), ends_at=at(2025, 7, 2, 17)
    )
    EventFactory(
        title_en="Over", starts_at=at(2023, 5, 1, 9), ends_at=at(2023, 5, 1, 17)
    )
    response = client.get(LIST)
    assert response.status_code == 200
    assert titles(response) == ["Sooner", "Later"]


def test_list_shows_past_events_latest_first_when_asked(client):
    EventFactory(
        title_en="2023 forum", starts_at=at(2023, 5, 1, 9), ends_at=at(2023, 5, 1, 17)
    )
    EventFactory(
        title_en="2024 forum", starts_at=at(2024, 5, 1, 9), ends_at=at(2024, 5, 1, 17)
    )
    EventFactory(
        title_en="Next", starts_at=at(2025, 8, 1, 9), ends_at=at(2025, 8, 1, 17)
    )
    assert titles(client.get(LIST, {"when": "past"})) == ["2024 forum", "2023 forum"]
    assert len(titles(client.get(LIST, {"when": "all"}))) == 3
    # An unknown value falls back to the default rather than failing.
    assert titles(client.get(LIST, {"when": "someday"})) == ["Next"]


def test_drafts_and_scheduled_events_never_appear(client):
    EventFactory(title_en="Draft event", status=Status.DRAFT)
    EventFactory(
        title_en="Scheduled event", published_at=timezone.now() + dt.timedelta(hours=1)
    )
    EventFactory(title_en="Public event")
    response = client.get(LIST, {"when": "all"})
    assert titles(response) == ["Public event"]
    assert "Draft event" not in response.text


def test_filters_narrow_and_combine(client, corridor):
    changping = DistrictFactory(slug="changping")
    EventFactory(
        title_en="Life Science Forum",
        district=changping,
        kind=EventKind.FORUM,
        starts_at=at(2025, 8, 5, 9),
        ends_at=at(2025, 8, 6, 17),
    )
    EventFactory(
        title_en="Daxing August forum",
        district=corridor.district,
        kind=EventKind.FORUM,
        starts_at=at(2025, 8, 20, 9),
        ends_at=at(2025, 8, 20, 17),
    )
    assert titles(client.get(LIST, {"district": "daxing"})) == [
        "Corridor conference",
        "Daxing August forum",
    ]
    assert titles(client.get(LIST, {"kind": "forum"})) == [
        "Life Science Forum",
        "Daxing August forum",
    ]
    assert titles(client.get(LIST, {"month": "2025-07"})) == ["Corridor conference"]
    assert titles(client.get(LIST, {"kind": "forum", "district": "daxing"})) == [
        "Daxing August forum"
    ]
    assert titles(client.get(LIST, {"month": "2025-08", "district": "changping"})) == [
        "Life Science Forum"
    ]


def test_month_filter_uses_beijing_time(client):
    # 1 August 00:30 in Beijing is still 31 July in UTC.
    EventFactory(
        title_en="Midnight", starts_at=at(2025, 8, 1, 0, 30), ends_at=at(2025, 8, 1, 2)
    )
    assert titles(client.get(LIST, {"month": "2025-08"})) == ["Midnight"]
    assert titles(client.get(LIST, {"month": "2025-07"})) == []


def test_month_filter_leaves_out_events_known_only_by_year(client):
    EventFactory(
        title_en="Some 2025 event",
        date_precision=DatePrecision.YEAR,
        starts_at=at(2025, 8, 1, 0),
        ends_at=at(2025, 12, 31, 23),
    )
    assert titles(client.get(LIST, {"month": "2025-08"})) == []


@pytest.mark.parametrize(
    "params",
    [
        {"month": "2025-13"},
        {"month": "July"},
        {"month": "2025-7-1"},
        {"district": "nowhere"},
        {"kind": "party"},
    ],
)
def test_bad_filter_values_give_a_clear_message_not_a_500(client, params):
    EventFactory()
    response = client.get(LIST, params)
    assert response.status_code == 200
    assert titles(response) == []
    assert "Some filters are not valid" in response.text


def test_bad_month_says_how_to_write_it(client):
    response = client.get(LIST, {"month": "2025-13"})
    assert "Enter a month as year and month, e.g. 2025-07." in response.text


@pytest.mark.parametrize("page", ["x", "50"])
def test_bad_page_gives_404_not_500(client, page):
    EventFactory()
    assert client.get(LIST, {"page": page}).status_code == 404


def test_list_shows_dates_as_precisely_as_known(client):
    EventFactory(
        title_en="Exact",
        starts_at=at(2025, 7, 10, 9, 0),
        ends_at=at(2025, 7, 10, 12, 0),
    )
    EventFactory(
        title_en="Days",
        date_precision=DatePrecision.DAY,
        starts_at=at(2025, 8, 5, 0, 0),
        ends_at=at(2025, 8, 7, 0, 0),
    )
    EventFactory(
        title_en="Year only",
        date_precision=DatePrecision.YEAR,
        starts_at=at(2026, 1, 1, 0, 0),
        ends_at=at(2026, 12, 31, 0, 0),
    )
    text = client.get(LIST).text
    assert "July 10, 2025, 09:00\u201312:00 (Beijing time)" in text
    assert "Aug. 5, 2025 \u2013 Aug. 6, 2025" in text
    assert "00:00" not in text
    assert ">2026<" in text


def test_list_is_served_in_chinese_with_chinese_dates(client, corridor):
    response = client.get("/zh-hans/events/")
    assert response.status_code == 200
    assert "2025年7月10日09:00—12:00（北京时间）" in response.text  # noqa: RUF001


@pytest.mark.parametrize("count", [1, 25])
def test_list_costs_three_queries_whatever_the_data(
    client, django_assert_num_queries, warm_cache, count
):
    for _ in range(count):
        EventFactory()
    with django_assert_num_queries(3):
        response = client.get(LIST, {"kind": "forum"})
    assert response.context["paginator"].count == count


# --- Detail ------------------------------------------------------------------------


def test_draft_and_scheduled_events_return_404(client):
    draft = EventFactory(status=Status.DRAFT)
    later = EventFactory(published_at=timezone.now() + dt.timedelta(days=1))
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(later.get_absolute_url()).status_code == 404


def test_detail_shows_agenda_in_order_speakers_exhibitors_and_organizers(
    client, corridor
):
    SessionFactory(
        event=corridor, title_en="Signing ceremonies", order=2, kind=SessionKind.SIGNING
    )
    SessionFactory(event=corridor, title_en="Opening speeches", order=1)
    committee = OrganizationFactory(name_en="Health Commission")
    SpeakerFactory(
        event=corridor,
        name_en="Zhang Long",
        title_en="Director of the Pharmaceutical and Medical Device Department",
        organization=committee,
    )
    corridor.exhibitors.add(OrganizationFactory(name_en="Biocytogen"))
    corridor.organizers.add(OrganizationFactory(name_en="Federation of Industry"))
    corridor.organizers.add(
        OrganizationFactory(name_en="Hidden org", status=Status.DRAFT)
    )
    response = client.get(corridor.get_absolute_url())
    text = response.text
    assert response.status_code == 200
    assert text.index("Opening speeches") < text.index("Signing ceremonies")
    assert "Zhang Long" in text
    assert "Director of the Pharmaceutical and Medical Device Department" in text
    assert "Health Commission" in text
    assert "Biocytogen" in text
    assert "Federation of Industry" in text
    assert "Hidden org" not in text
    assert "Business Service Center of Daxing District" in text
    assert "In person" in text


def test_open_registration_offers_the_registration_form(client, corridor):
    response = client.get(corridor.get_absolute_url())
    assert "?kind=event_registration&amp;event=corridor-conference" in response.text


def test_closed_registration_offers_no_form(client):
    event = EventFactory(registration_open=False)
    response = client.get(event.get_absolute_url())
    assert "kind=event_registration" not in response.text
    assert "Closed" in response.text


def test_registration_closes_when_the_event_is_over(client):
    event = EventFactory(
        registration_open=True, starts_at=at(2025, 6, 1, 9), ends_at=at(2025, 6, 1, 17)
    )
    assert "kind=event_registration" not in client.get(event.get_absolute_url()).text


def test_detail_has_json_ld_event_with_beijing_times(client, corridor):
    corridor.organizers.add(OrganizationFactory(name_en="Federation of Industry"))
    data = json_ld(client.get(corridor.get_absolute_url()))
    assert data["@type"] == "Event"
    assert data["startDate"] == "2025-07-10T09:00:00+08:00"
    assert data["endDate"] == "2025-07-10T12:00:00+08:00"
    assert data["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")
    assert data["location"]["name"] == "Business Service Center of Daxing District"
    assert data["organizer"][0]["name"] == "Federation of Industry"


def test_json_ld_of_an_online_and_offline_event_has_both_locations(client):
    event = EventFactory(format=EventFormat.HYBRID, online_url="https://live.example/")
    data = json_ld(client.get(event.get_absolute_url()))
    assert data["eventAttendanceMode"].endswith("MixedEventAttendanceMode")
    assert [place["@type"] for place in data["location"]] == [
        "Place",
        "VirtualLocation",
    ]


def test_json_ld_of_a_whole_day_event_has_dates_only(client):
    event = EventFactory(
        date_precision=DatePrecision.DAY,
        starts_at=at(2025, 8, 5, 0),
        ends_at=at(2025, 8, 7, 0),
    )
    data = json_ld(client.get(event.get_absolute_url()))
    assert (data["startDate"], data["endDate"]) == ("2025-08-05", "2025-08-06")


def test_calendar_link_is_offered_only_when_the_day_is_known(client, corridor):
    ics = reverse("events:ics", kwargs={"slug": corridor.slug})
    assert ics in client.get(corridor.get_absolute_url()).text
    year_only = EventFactory(date_precision=DatePrecision.YEAR)
    text = client.get(year_only.get_absolute_url()).text
    assert "calendar.ics" not in text.split("<main", 1)[1]


@pytest.mark.parametrize("count", [1, 15])
def test_detail_costs_seven_queries_whatever_the_data(
    client, django_assert_num_queries, warm_cache, count
):
    # The event, its sessions, speakers, organizers, exhibitors and the agreements
    # signed at it (the first 12, and whether there are more).
    event = EventFactory()
    for _ in range(count):
        SessionFactory(event=event)
        SpeakerFactory(event=event, organization=OrganizationFactory())
        event.exhibitors.add(OrganizationFactory())
        event.organizers.add(OrganizationFactory())
        AgreementFactory(event=event)
    with django_assert_num_queries(7):
        response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    assert len(response.context["agreements"]) == min(count, 12)


@pytest.fixture
def signed_at_corridor(corridor):
    """Two agreements signed at the conference, one older batch, and some that
    must not show: a draft, a scheduled one, one signed at another event."""
    AgreementFactory(
        event=corridor,
        title_en="Strategic cooperation with five Daxing units",
        title_zh_hans="与大兴区五家单位战略合作",
        kind=AgreementKind.STRATEGIC_COOPERATION,
        signed_on=dt.date(2025, 7, 10),
    )
    AgreementFactory(
        event=corridor,
        title_en="Twelve industrial projects",
        title_zh_hans="十二个产业项目",
        slug="twelve-projects",
        kind=AgreementKind.PROJECT_SIGNING,
        signed_year=2024,
        project_count=12,
    )
    AgreementFactory(event=corridor, title_en="Draft deal", status=Status.DRAFT)
    AgreementFactory(
        event=corridor,
        title_en="Scheduled deal",
        published_at=timezone.now() + dt.timedelta(days=1),
    )
    AgreementFactory(event=EventFactory(), title_en="Signed elsewhere")
    return corridor


def agreements_section(text: str) -> str:
    return text.split('id="agreements-title"', 1)[1].split("</section>", 1)[0]


def test_detail_lists_the_agreements_signed_at_it_newest_first(
    client, signed_at_corridor
):
    text = client.get(signed_at_corridor.get_absolute_url()).text
    section = agreements_section(text)
    assert ">Agreements signed</h2>" in section
    assert section.index("Strategic cooperation with five Daxing units") < (
        section.index("Twelve industrial projects")
    )
    assert "Strategic cooperation, " in section
    assert "July 10, 2025" in section
    assert 'href="/en/agreements/twelve-projects/"' in section
    assert "Project signing, 2024 · 12 projects" in section
    for hidden in ("Draft deal", "Scheduled deal", "Signed elsewhere"):
        assert hidden not in text
    # Two agreements: no link to the rest.
    assert "?event=" not in section


def test_detail_lists_the_agreements_in_chinese(client, signed_at_corridor):
    url = signed_at_corridor.get_absolute_url().replace("/en/", "/zh-hans/", 1)
    text = client.get(url).text
    section = agreements_section(text)
    assert ">签约项目</h2>" in section
    assert "与大兴区五家单位战略合作" in section
    assert "战略合作，" in section  # noqa: RUF001
    assert "2025年7月10日" in section
    assert 'href="/zh-hans/agreements/twelve-projects/"' in section
    assert "12个项目" in section


def test_detail_without_agreements_has_no_agreements_section(client, corridor):
    assert "Agreements signed" not in client.get(corridor.get_absolute_url()).text


def test_detail_shows_twelve_agreements_and_links_to_the_rest(client, corridor):
    for day in range(1, 14):
        AgreementFactory(
            event=corridor,
            title_en=f"Deal of July {day}",
            signed_on=dt.date(2025, 7, day),
        )
    text = client.get(corridor.get_absolute_url()).text
    assert "Deal of July 13" in text
    assert "Deal of July 2<" in text
    assert "Deal of July 1<" not in text
    assert (
        '<a href="/en/agreements/?event=corridor-conference">'
        "All agreements signed at this event</a>"
    ) in text
    listed = client.get("/en/agreements/", {"event": "corridor-conference"})
    assert listed.context["paginator"].count == 13


def test_the_upcoming_tab_leads_back_from_past_events(client):
    text = client.get(LIST, {"when": "past", "page": "1"}).text
    assert re.search(rf'<a href="{LIST}\??">Upcoming</a>', text)
    assert 'href=""' not in client.get(LIST).text
    assert f'<a href="{LIST}?when=past" aria-current="page">Past</a>' in text
