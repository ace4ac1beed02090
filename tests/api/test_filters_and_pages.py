"""Filters mean what they mean on the pages; pagination is bounded; bad input is 400."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from apps.organizations.models import OrganizationKind
from apps.parks.models import ParkKind
from tests.factories.agreements import AgreementFactory
from tests.factories.districts import DistrictFactory, IndicatorFactory, MetricFactory
from tests.factories.events import EventFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory


def slugs(response) -> list[str]:
    return [item["slug"] for item in response.json()["results"]]


def page_slugs(client, url_name: str, query: dict, key: str) -> list[str]:
    response = client.get(reverse(url_name), query)
    assert response.status_code == 200
    return [item.slug for item in response.context[key]]


@pytest.fixture
def parks(daxing):
    changping = DistrictFactory(name_en="Changping", slug="changping")
    ParkFactory(slug="base", district=daxing, kind=ParkKind.INDUSTRIAL_BASE)
    ParkFactory(slug="science", district=daxing, kind=ParkKind.SCIENCE_PARK)
    ParkFactory(slug="north", district=changping, kind=ParkKind.SCIENCE_PARK)


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"district": "daxing"},
        {"kind": "science_park"},
        {"district": "daxing", "kind": "science_park"},
        {"industry": "biomedicine"},
    ],
)
def test_park_filters_narrow_as_on_the_parks_page(client, api_get, parks, query):
    api = slugs(api_get("/api/v1/parks/", query))

    assert api == page_slugs(client, "parks:list", query, "park_list")
    if query:
        assert len(api) < 3


def test_directory_filter_gives_the_directory_page_list(client, api_get, daxing):
    OrganizationFactory(slug="acme", district=daxing)
    OrganizationFactory(slug="bureau", kind=OrganizationKind.GOVERNMENT)
    OrganizationFactory(slug="lawyers", kind=OrganizationKind.SERVICE_PROVIDER)
    query = {"directory": "true", "sort": "-name"}

    api = slugs(api_get("/api/v1/organizations/", query))

    assert api == page_slugs(client, "organizations:list", query, "organizations")
    assert api == ["lawyers", "acme"]
    assert slugs(api_get("/api/v1/organizations/", {"kind": "government"})) == [
        "bureau"
    ]
    assert len(slugs(api_get("/api/v1/organizations/"))) == 3


def test_events_are_upcoming_unless_asked_for_past_or_all(api_get, db):
    now = timezone.now()
    EventFactory(slug="next", starts_at=now + dt.timedelta(days=3))
    EventFactory(
        slug="last",
        starts_at=now - dt.timedelta(days=3),
        ends_at=now - dt.timedelta(days=2),
    )

    assert slugs(api_get("/api/v1/events/")) == ["next"]
    assert slugs(api_get("/api/v1/events/", {"when": "past"})) == ["last"]
    assert slugs(api_get("/api/v1/events/", {"when": "all"})) == ["next", "last"]
    # A past event is found by slug whatever the list's default.
    assert api_get("/api/v1/events/last/").status_code == 200


def test_agreement_year_filter_narrows(api_get, daxing):
    AgreementFactory(slug="old", signed_year=2023)
    AgreementFactory(slug="new", signed_year=2025)

    assert slugs(api_get("/api/v1/agreements/", {"year": "2023"})) == ["old"]


def test_indicator_filters_narrow(api_get, daxing):
    scale = MetricFactory(slug="scale")
    firms = MetricFactory(slug="firms")
    IndicatorFactory(district=daxing, metric=scale, year=2021)
    IndicatorFactory(district=daxing, metric=scale, year=2022)
    IndicatorFactory(district=daxing, metric=firms, year=2022, kind="target")

    def metrics_years(query):
        rows = api_get("/api/v1/indicators/", query).json()["results"]
        return [(row["metric"], row["year"]) for row in rows]

    assert metrics_years({"metric": "scale"}) == [("scale", 2021), ("scale", 2022)]
    assert metrics_years({"year": "2022", "kind": "target"}) == [("firms", 2022)]
    assert len(metrics_years({"district": "daxing"})) == 3


def test_pages_link_to_the_next_and_previous_page(api_get, db):
    for number in range(5):
        OrganizationFactory(slug=f"org-{number}", name_en=f"Org {number}")

    first = api_get("/api/v1/organizations/", {"page_size": 2}).json()
    second = api_get(first["next"]).json()
    last = api_get("/api/v1/organizations/", {"page_size": 2, "page": 3}).json()

    assert first["count"] == 5
    assert first["previous"] is None
    assert [o["slug"] for o in second["results"]] == ["org-2", "org-3"]
    assert second["previous"].endswith("/api/v1/organizations/?page_size=2")
    assert last["next"] is None
    assert [o["slug"] for o in last["results"]] == ["org-4"]


def test_page_size_is_at_most_the_maximum(api_get, settings, db):
    settings.PORTAL_API_MAX_PAGE_SIZE = 3
    for number in range(4):
        OrganizationFactory(slug=f"org-{number}")

    assert len(slugs(api_get("/api/v1/organizations/", {"page_size": 3}))) == 3
    assert api_get("/api/v1/organizations/", {"page_size": 4}).status_code == 400


@pytest.mark.parametrize(
    ("path", "query", "field"),
    [
        ("/api/v1/parks/", {"page": "abc"}, "page"),
        ("/api/v1/parks/", {"page": "-1"}, "page"),
        ("/api/v1/parks/", {"page": "0"}, "page"),
        ("/api/v1/parks/", {"page": "9" * 30}, "page"),
        ("/api/v1/parks/", {"page_size": "1e3"}, "page_size"),
        ("/api/v1/parks/", {"page_size": "101"}, "page_size"),
        ("/api/v1/parks/", {"kind": "castle"}, "kind"),
        ("/api/v1/parks/", {"district": "atlantis"}, "district"),
        ("/api/v1/parks/", {"lang": "fr"}, "lang"),
        ("/api/v1/organizations/", {"designation": "x"}, "designation"),
        ("/api/v1/events/", {"month": "2025-13"}, "month"),
        ("/api/v1/agreements/", {"year": "99999999999999999999"}, "year"),
        ("/api/v1/policies/", {"year": "abc"}, "year"),
        ("/api/v1/news/", {"district": "nowhere"}, "district"),
        ("/api/v1/indicators/", {"year": "2022.5"}, "year"),
        ("/api/v1/indicators/", {"year": "3000"}, "year"),
        ("/api/v1/indicators/", {"kind": "guess"}, "kind"),
        ("/api/v1/parks/", {"format": "csv", "kind": "castle"}, "kind"),
    ],
)
def test_bad_parameters_give_a_400_json_error(api_get, parks, path, query, field):
    response = api_get(path, query)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert field in response.json()


def test_a_page_past_the_end_is_404_json(api_get, parks):
    response = api_get("/api/v1/parks/", {"page": "5"})

    assert response.status_code == 404
    assert response.json() == {"detail": "Invalid page."}


def test_writes_are_not_allowed(client, parks):
    response = client.post("/api/v1/parks/", {"name": "x"})

    assert response.status_code == 405
