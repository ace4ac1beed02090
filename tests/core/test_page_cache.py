"""The public page cache: anonymous pages are served from the cache until content
changes; staff, forms and other languages never get someone else's page."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.utils import timezone

from apps.core.models import SiteSettings, Status
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 120


def test_second_anonymous_visit_is_served_from_the_cache(client):
    park = ParkFactory(name_en="Cached Park")
    first = client.get("/en/parks/")
    second = client.get("/en/parks/")
    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert park.name_en in second.content.decode()


def test_cached_page_costs_no_query(client, django_assert_num_queries):
    park = ParkFactory()
    client.get(park.get_absolute_url())
    with django_assert_num_queries(0):
        response = client.get(park.get_absolute_url())
    assert response["X-Cache"] == "HIT"


def test_editing_an_item_shows_the_change_at_once(client):
    park = ParkFactory(name_en="Old Name Park")
    client.get("/en/parks/")
    park.name_en = "New Name Park"
    park.save()
    page = client.get("/en/parks/").content.decode()
    assert "New Name Park" in page
    assert "Old Name Park" not in page


def test_unpublishing_removes_the_item_from_cached_lists(client):
    park = ParkFactory(name_en="Vanishing Park")
    assert "Vanishing Park" in client.get("/en/parks/").content.decode()
    park.status = Status.DRAFT
    park.save()
    assert "Vanishing Park" not in client.get("/en/parks/").content.decode()
    assert client.get(park.get_absolute_url()).status_code == 404


def test_changing_site_settings_refreshes_every_footer(client):
    client.get("/en/")
    settings_row = SiteSettings.load()
    settings_row.phone = "+86 10 5555 0101"
    settings_row.save()
    assert "+86 10 5555 0101" in client.get("/en/").content.decode()


def test_languages_are_cached_separately(client):
    ParkFactory(name_en="Bilingual Park", name_zh_hans="双语园区")
    client.get("/en/parks/")
    chinese = client.get("/zh-hans/parks/")
    assert chinese["X-Cache"] == "MISS"
    assert "双语园区" in chinese.content.decode()


def test_query_strings_are_cached_separately(client):
    client.get("/en/parks/")
    assert client.get("/en/parks/?kind=science_park")["X-Cache"] == "MISS"


def test_staff_never_get_or_fill_cached_pages(client):
    ParkFactory()
    staff = get_user_model().objects.create_user("editor", is_staff=True)
    client.force_login(staff)
    response = client.get("/en/parks/")
    assert "X-Cache" not in response
    client.logout()
    assert client.get("/en/parks/")["X-Cache"] == "MISS"


def test_the_inquiry_form_is_never_cached(client):
    first = client.get("/en/contact/")
    second = client.get("/en/contact/")
    assert "X-Cache" not in first
    assert "X-Cache" not in second
    assert (
        "no-cache" in second["Cache-Control"] or "max-age=0" in second["Cache-Control"]
    )


def test_scheduled_item_appears_once_the_cache_entry_expires(client, settings):
    now = timezone.now()
    ParkFactory(name_en="Scheduled Park", published_at=now + timedelta(seconds=30))
    assert "Scheduled Park" not in client.get("/en/parks/").content.decode()
    with time_machine.travel(
        now + timedelta(seconds=settings.PORTAL_PAGE_CACHE_SECONDS + 1)
    ):
        assert "Scheduled Park" in client.get("/en/parks/").content.decode()


def test_page_cache_is_off_when_its_duration_is_zero(client, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    client.get("/en/parks/")
    assert "X-Cache" not in client.get("/en/parks/")
