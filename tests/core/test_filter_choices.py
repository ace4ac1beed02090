"""The option lists of the public filters come from the cache between content
changes, in the reader's language, and a new district shows up at once."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from apps.core import filters
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db

NO_PAGE_CACHE = {"HTTP_X_BENCH_NO_CACHE": "1"}


@pytest.fixture(autouse=True)
def _caches_on(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 120
    settings.PORTAL_BENCH_ENABLED = True  # lets a request skip the page cache


def test_filter_options_cost_no_query_once_cached(client, django_assert_num_queries):
    ParkFactory(district=DistrictFactory(name_en="Daxing"))
    IndustryFactory(name_en="Biomedicine")
    client.get("/en/parks/", **NO_PAGE_CACHE)
    with django_assert_num_queries(2):  # the parks and their industries
        text = client.get("/en/parks/", **NO_PAGE_CACHE).text
    assert ">Daxing</option>" in text
    assert ">Biomedicine</option>" in text


def test_a_new_district_appears_in_the_filter_at_once(client):
    ParkFactory(district=DistrictFactory(name_en="Daxing"))
    client.get("/en/parks/", **NO_PAGE_CACHE)
    DistrictFactory(name_en="Changping", slug="changping")
    text = client.get("/en/parks/", **NO_PAGE_CACHE).text
    assert '<option value="changping">Changping</option>' in text


def test_options_follow_the_reader_language(client):
    ParkFactory(district=DistrictFactory(name_en="Daxing", name_zh_hans="大兴区"))
    english = client.get("/en/parks/", **NO_PAGE_CACHE).text
    chinese = client.get("/zh-hans/parks/", **NO_PAGE_CACHE).text
    assert ">Daxing</option>" in english
    assert ">大兴区</option>" in chinese
    assert ">Daxing</option>" not in chinese


def test_a_chosen_district_is_still_validated(client):
    ParkFactory(district=DistrictFactory(slug="daxing"))
    response = client.get("/en/parks/", {"district": "no-such-district"})
    assert response.status_code == 200
    assert response.context["object_list"].count() == 0
    assert "form-errors" in response.text


def _signing_events(count):
    from tests.factories.agreements import AgreementFactory
    from tests.factories.events import EventFactory

    now = timezone.now()
    events = []
    for number in range(count):
        event = EventFactory(
            title_en=f"Signing {number}",
            slug=f"signing-{number}",
            starts_at=now - dt.timedelta(days=30 * (number + 1)),
        )
        AgreementFactory(event=event, title_en=f"Deal {number}")
        events.append(event)
    return events  # newest first


def test_a_long_option_list_offers_the_first_ones(client, monkeypatch):
    monkeypatch.setattr(filters, "MAX_OPTIONS", 2)
    _signing_events(3)
    text = client.get("/en/agreements/").text
    assert '<option value="signing-0">Signing 0</option>' in text
    assert '<option value="signing-1">Signing 1</option>' in text
    assert "signing-2" not in text


def test_a_chosen_option_past_the_limit_is_offered_and_filters(client, monkeypatch):
    monkeypatch.setattr(filters, "MAX_OPTIONS", 2)
    _signing_events(3)
    response = client.get("/en/agreements/", {"event": "signing-2"})
    assert '<option value="signing-2" selected>Signing 2</option>' in response.text
    assert [a.title_en for a in response.context["object_list"]] == ["Deal 2"]


def test_a_chosen_option_is_offered_even_when_another_filter_is_wrong(
    client, monkeypatch
):
    monkeypatch.setattr(filters, "MAX_OPTIONS", 2)
    _signing_events(3)
    response = client.get("/en/agreements/", {"event": "signing-2", "year": "1066"})
    assert '<option value="signing-2" selected>Signing 2</option>' in response.text
    assert "form-errors" in response.text
