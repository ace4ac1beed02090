"""Contact persons in the open data API: /api/v1/contacts/ (JSON and CSV)."""

from __future__ import annotations

import pytest

from apps.core.models import Status
from tests.factories.contacts import ContactPersonFactory
from tests.factories.districts import DistrictFactory
from tests.factories.parks import ParkFactory

from .helpers import read_csv, scheduled

pytestmark = pytest.mark.django_db

# count, page, and the prefetched districts, parks and industries
LIST_QUERIES = 5


@pytest.fixture
def contacts(daxing, changping, biomedicine):
    li = ContactPersonFactory(
        name_en="Li Rong",
        name_zh_hans="",
        email="li@invest.example",
        phone="+86 10 8929 2038",
        languages_en="Chinese, English",
        districts=[daxing],
        industries=[biomedicine],
    )
    ContactPersonFactory(name_en="Wang", districts=[changping])
    ContactPersonFactory(name_en="Draft", status=Status.DRAFT, districts=[daxing])
    scheduled(ContactPersonFactory, name_en="Later", districts=[daxing])
    return li


def test_contacts_list_hides_drafts_and_filters_by_district(api_get, contacts):
    body = api_get("/api/v1/contacts/").json()
    assert [item["name"] for item in body["results"]] == ["Li Rong", "Wang"]
    daxing = api_get("/api/v1/contacts/?district=daxing").json()
    assert [item["name"] for item in daxing["results"]] == ["Li Rong"]
    item = daxing["results"][0]
    assert item["districts"] == [{"slug": "daxing", "name": "Daxing"}]
    assert item["industries"] == [{"slug": "biomedicine", "name": "Biomedicine"}]
    assert item["email"] == "li@invest.example"
    assert item["phone"] == "+861089292038"
    by_industry = api_get("/api/v1/contacts/?industry=biomedicine").json()
    assert [item["name"] for item in by_industry["results"]] == ["Li Rong"]


def test_contacts_list_hides_a_draft_park_they_cover(api_get, daxing):
    park = ParkFactory(district=daxing, status=Status.DRAFT)
    ContactPersonFactory(name_en="Zhao", parks=[park])
    body = api_get("/api/v1/contacts/").json()
    assert body["results"][0]["parks"] == []


def test_contacts_csv_in_chinese(api_get, contacts):
    rows = read_csv(api_get("/api/v1/contacts/?format=csv&lang=zh-hans"))
    li = next(row for row in rows if row["email"] == "li@invest.example")
    # No Chinese name: the English one shows; the title is translated.
    assert li["name"] == "Li Rong"
    assert li["title"] == "副主任"
    assert li["districts"] == "大兴区"


@pytest.mark.parametrize("size", [1, 6])
def test_contacts_query_count_is_fixed(
    api_get, django_assert_num_queries, size, biomedicine
):
    for _ in range(size):
        district = DistrictFactory()
        ContactPersonFactory(
            districts=[district],
            parks=[ParkFactory(district=district)],
            industries=[biomedicine],
        )
    with django_assert_num_queries(LIST_QUERIES):
        assert api_get("/api/v1/contacts/").status_code == 200
