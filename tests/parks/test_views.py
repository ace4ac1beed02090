from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from apps.core.models import Status
from apps.parks.models import ParkKind
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db

LIST_QUERIES = 6
FILTERED_LIST_QUERIES = 8
DETAIL_QUERIES = 9  # the contact cards, costs, guides and success stories included


def names(response) -> set[str]:
    return {park.name for park in response.context["park_list"]}


def test_park_list_shows_published_parks_only(client, life_park):
    ParkFactory(name_en="Draft Park", status=Status.DRAFT)
    ParkFactory(
        name_en="Scheduled Park", published_at=timezone.now() + dt.timedelta(days=1)
    )
    response = client.get("/en/parks/")
    assert response.status_code == 200
    assert names(response) == {"Daxing Biomedical Industry Base"}
    assert "Draft Park" not in response.text


def test_park_list_filters_by_district_industry_and_kind(client, life_park):
    other = ParkFactory(name_en="Changping Park", kind=ParkKind.SCIENCE_PARK)
    other.industries.add(IndustryFactory(slug="devices"))
    assert names(client.get("/en/parks/?district=daxing")) == {life_park.name}
    assert names(client.get("/en/parks/?industry=biomedicine")) == {life_park.name}
    assert names(client.get("/en/parks/?kind=science_park")) == {"Changping Park"}
    assert (
        names(client.get("/en/parks/?kind=industrial_base&industry=devices")) == set()
    )
    assert len(names(client.get("/en/parks/"))) == 2


@pytest.mark.parametrize(
    "query",
    [
        "?district=nowhere",
        "?industry=%00",
        "?kind=castle",
        "?district=daxing&kind=" + "x" * 5000,
        "?district[]=1&page=",
    ],
)
def test_bad_park_filters_give_an_empty_list_and_an_error_not_a_500(
    client, life_park, query
):
    response = client.get(f"/en/parks/{query}")
    assert response.status_code == 200
    assert "Some filters are not valid" in response.text or names(response)


def test_unknown_district_slug_shows_the_field_error(client, life_park):
    response = client.get("/en/parks/?district=nowhere")
    assert names(response) == set()
    assert "Select a valid choice" in response.text


@pytest.mark.parametrize("page", ["999999999999", "abc", "-1"])
def test_park_list_page_out_of_range_is_a_404(client, life_park, page):
    assert client.get(f"/en/parks/?page={page}").status_code == 404


def test_park_list_paginates_and_keeps_filters_in_page_links(client, settings, daxing):
    ParkFactory.create_batch(25, district=daxing)
    response = client.get("/en/parks/?district=daxing")
    assert len(response.context["park_list"]) == 20
    assert "?district=daxing&amp;page=2" in response.text


@pytest.mark.parametrize("size", [1, 8])
def test_park_list_query_count_does_not_grow(
    client, django_assert_num_queries, size, daxing
):
    for _ in range(size):
        ParkFactory(district=DistrictFactory()).industries.add(
            IndustryFactory(), IndustryFactory()
        )
    with django_assert_num_queries(LIST_QUERIES):
        assert client.get("/en/parks/").status_code == 200


@pytest.mark.parametrize("size", [1, 8])
def test_filtered_park_list_query_count_does_not_grow(
    client, django_assert_num_queries, size, daxing, biomedicine
):
    for _ in range(size):
        ParkFactory(district=daxing).industries.add(biomedicine, IndustryFactory())
    with django_assert_num_queries(FILTERED_LIST_QUERIES):
        response = client.get("/en/parks/?district=daxing&industry=biomedicine")
    assert len(response.context["park_list"]) == size


def test_draft_and_scheduled_parks_return_404(client):
    draft = ParkFactory(status=Status.DRAFT)
    scheduled = ParkFactory(published_at=timezone.now() + dt.timedelta(days=1))
    assert client.get(f"/en/parks/{draft.slug}/").status_code == 404
    assert client.get(f"/en/parks/{scheduled.slug}/").status_code == 404


def test_park_page_shows_facts_address_and_coordinates_as_text(client, life_park):
    response = client.get("/en/parks/daxing-biomedical-base/")
    assert response.status_code == 200
    text = response.text
    assert "Industrial base" in text
    assert "12.5 hectares" in text
    assert "Daxing District, Beijing" in text
    assert "39.7, 116.33" in text
    assert 'href="/en/districts/daxing/"' in text


def test_park_map_reads_its_data_from_attributes_and_loads_scripts_deferred(
    client, life_park, settings
):
    settings.PORTAL_MAP_TILE_URL = "https://tiles.example.cn/{z}/{x}/{y}.png"
    text = client.get("/en/parks/daxing-biomedical-base/").text
    assert 'data-lat="39.7"' in text
    assert 'data-lng="116.33"' in text
    assert 'data-tiles="https://tiles.example.cn/{z}/{x}/{y}.png"' in text
    assert '<script src="/static/vendor/leaflet/leaflet.js" defer>' in text
    assert '<script src="/static/js/park-map.js" defer>' in text
    assert "<script>" not in text


def test_park_without_coordinates_has_no_map(client, daxing):
    park = ParkFactory(district=daxing)
    text = client.get(f"/en/parks/{park.slug}/").text
    assert "park-map" not in text
    assert "leaflet" not in text


def test_park_page_lists_its_published_directory_organizations(client, life_park):
    OrganizationFactory(park=life_park, name_en="Biocytogen")
    OrganizationFactory(park=life_park, name_en="Secret Co", status=Status.DRAFT)
    OrganizationFactory(park=life_park, name_en="Park Committee", kind="government")
    text = client.get("/en/parks/daxing-biomedical-base/").text
    assert "Biocytogen" in text
    assert "Secret Co" not in text
    assert "Park Committee" not in text


def test_park_page_offers_to_contact_the_park_team(client, life_park):
    text = client.get("/en/parks/daxing-biomedical-base/").text
    assert "/en/contact/?kind=invest&amp;park=daxing-biomedical-base" in text
    assert "+86 10 8929 2031" in text


def test_park_page_in_chinese(client, life_park):
    text = client.get("/zh-hans/parks/daxing-biomedical-base/").text
    assert "大兴生物医药产业基地" in text
    assert "产业基地" in text
    assert "坐标" in text


@pytest.mark.parametrize("size", [1, 6])
def test_park_page_query_count_does_not_grow(
    client, django_assert_num_queries, life_park, size
):
    for _ in range(size):
        OrganizationFactory(park=life_park)
        life_park.industries.add(IndustryFactory())
    with django_assert_num_queries(DETAIL_QUERIES):
        assert client.get("/en/parks/daxing-biomedical-base/").status_code == 200


def test_park_page_has_breadcrumbs_and_open_graph(client, life_park):
    text = client.get("/en/parks/daxing-biomedical-base/").text
    assert '<a href="/en/parks/">Parks</a>' in text
    assert (
        '<meta property="og:title" content="Daxing Biomedical Industry Base">' in text
    )


def test_district_published_after_the_first_request_can_be_filtered(client):
    client.get("/en/parks/")  # the filter classes are loaded by now
    with time_machine.travel(timezone.now() + timezone.timedelta(hours=2)):
        later = DistrictFactory(name_en="Tongzhou", slug="tongzhou")
        ParkFactory(district=later)
        response = client.get("/en/parks/?district=tongzhou")
        assert len(response.context["park_list"]) == 1
