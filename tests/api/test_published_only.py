"""Only published content, in lists, items and nested objects."""

from __future__ import annotations

import pytest

from tests.factories.districts import DistrictFactory, IndicatorFactory
from tests.factories.parks import ParkFactory

from .helpers import ENDPOINTS, draft, scheduled


def slugs(response) -> list[str]:
    return [item["slug"] for item in response.json()["results"]]


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
def test_list_shows_published_items_but_no_draft_or_scheduled_one(api_get, endpoint):
    factory = ENDPOINTS[endpoint]
    live = factory(slug=f"live-{endpoint}")
    draft(factory, slug=f"draft-{endpoint}")
    scheduled(factory, slug=f"later-{endpoint}")

    response = api_get(f"/api/v1/{endpoint}/")

    assert response.status_code == 200
    assert slugs(response) == [live.slug]


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
def test_draft_and_scheduled_items_are_404(api_get, endpoint):
    factory = ENDPOINTS[endpoint]
    live = factory(slug=f"live-{endpoint}")
    hidden = [
        draft(factory, slug=f"draft-{endpoint}"),
        scheduled(factory, slug=f"later-{endpoint}"),
    ]

    assert api_get(f"/api/v1/{endpoint}/{live.slug}/").status_code == 200
    for item in hidden:
        response = api_get(f"/api/v1/{endpoint}/{item.slug}/")
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert item.slug not in response.body_text


def test_indicators_of_a_draft_district_are_not_listed(api_get, world):
    response = api_get("/api/v1/indicators/")

    districts = [row["district"]["slug"] for row in response.json()["results"]]
    assert districts == ["daxing"]


def test_district_gives_its_figures(api_get, world):
    body = api_get("/api/v1/districts/daxing/").json()

    assert body["indicators"] == [
        {
            "metric": "industry-scale",
            "metric_name": "Industry scale",
            "unit": "enterprise",
            "year": 2022,
            "year_inferred": False,
            "value": "80.00",
            "qualifier": "exact",
            "kind": "actual",
            "source": "",
            "source_url": "",
        }
    ]


def test_a_draft_related_object_is_null_not_leaked(api_get, world):
    event = api_get("/api/v1/events/forum/").json()
    authority = api_get("/api/v1/organizations/daxing-bureau/").json()
    policy = api_get("/api/v1/policies/measures/").json()

    assert event["district"] is None
    assert authority["parent"] is None
    assert policy["issuer"] is None
    assert "secret" not in str(event) + str(authority) + str(policy).lower()
    assert "hidden-co" not in str(event) + str(authority) + str(policy)


def test_many_to_many_lists_only_published_objects(api_get, world):
    event = api_get("/api/v1/events/forum/").json()
    policy = api_get("/api/v1/policies/measures/").json()
    article = api_get("/api/v1/news/story/").json()

    assert event["organizers"] == [{"slug": "open-co", "name": "Open Co"}]
    assert policy["districts"] == [{"slug": "daxing", "name": "Daxing"}]
    assert article["districts"] == [{"slug": "daxing", "name": "Daxing"}]
    assert [m["title"] for m in policy["measures"]] == ["Faster review"]


def test_agreement_party_of_a_draft_organization_has_no_link(api_get, world):
    body = api_get("/api/v1/agreements/signing/").json()

    assert body["parties"] == [
        {
            "name": "Open Co",
            "role": "lead",
            "organization": {"slug": "open-co", "name": "Open Co"},
        },
        # The agreement page names it too, without a link.
        {"name": "Hidden Co", "role": "signatory", "organization": None},
    ]
    assert body["event"] == {"slug": "forum", "name": "Forum"}


@pytest.mark.django_db
def test_park_of_a_scheduled_district_shows_no_district(api_get):
    later = scheduled(DistrictFactory, slug="later")
    ParkFactory(slug="p", district=later)
    IndicatorFactory(district=later)

    parks = api_get("/api/v1/parks/").json()["results"]
    indicators = api_get("/api/v1/indicators/").json()["results"]

    assert parks[0]["district"] is None
    assert indicators == []
