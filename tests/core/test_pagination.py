"""Deep pages: lists stop at PORTAL_MAX_PAGES so that every page stays fast."""

from __future__ import annotations

import pytest

from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def parks_over_two_pages(settings):
    ParkFactory.create_batch(settings.PORTAL_PAGE_SIZE * 2 + 1)


def test_page_past_the_cap_is_not_found(client, settings, parks_over_two_pages):
    settings.PORTAL_MAX_PAGES = 2
    assert client.get("/en/parks/?page=2").status_code == 200
    assert client.get("/en/parks/?page=3").status_code == 404


def test_last_allowed_page_asks_to_refine_the_filters(
    client, settings, parks_over_two_pages
):
    settings.PORTAL_MAX_PAGES = 2
    page = client.get("/en/parks/?page=2").content.decode()
    assert "Refine the filters" in page
    assert 'rel="next"' not in page
    assert "Page 2 of 2" in page


def test_lists_under_the_cap_are_unchanged(client, settings, parks_over_two_pages):
    settings.PORTAL_MAX_PAGES = 500
    page = client.get("/en/parks/?page=3").content.decode()
    assert "Page 3 of 3" in page
    assert "Refine the filters" not in page
