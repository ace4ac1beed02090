"""Costs on the district, park and comparison pages, and the cost list."""

from __future__ import annotations

import pytest

from apps.core.models import Status
from tests.factories.costs import CostItemFactory
from tests.factories.districts import DistrictFactory
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db

# The district and park pages' counts are pinned in tests/districts and
# tests/parks; these are the cost list's (items, filter choices, count).
LIST_QUERIES = 4
FILTERED_LIST_QUERIES = 5
# A district page without parks, organizations, events …: its own reads, and one
# each for its costs, its guides, its success stories and its contact cards.
DISTRICT_QUERIES = 12


def test_district_page_shows_its_costs_as_a_table(client, daxing, daxing_costs):
    text = client.get("/en/districts/daxing/").text
    assert "Costs of doing business" in text
    assert "Standard factory" in text
    assert "45–60 yuan per m² per month" in text
    assert "0.85 yuan per kWh" in text
    assert "Daxing Biomedical Industry Base" in text  # where the wet lab is
    assert 'href="https://example.org/daxing-rents"' in text
    assert "Draft factory" not in text
    assert "Scheduled factory" not in text


def test_district_page_in_chinese(client, daxing, daxing_costs):
    text = client.get("/zh-hans/districts/daxing/").text
    assert "营商成本" in text
    assert "45～60元/平方米·月" in text
    assert "工业电价" in text


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_district_without_costs_says_so_and_offers_a_prefilled_inquiry(
    client, daxing, language
):
    CostItemFactory(district=daxing, status=Status.DRAFT)
    text = client.get(f"/{language}/districts/daxing/").text
    if language == "en":
        assert "No costs of doing business are published for Daxing yet." in text
    else:
        assert "大兴区尚未公布营商成本" in text
    assert f"/{language}/contact/?kind=costs&amp;district=daxing" in text


def test_the_prefilled_inquiry_asks_about_costs_for_the_district(client, daxing):
    response = client.get("/en/contact/?kind=costs&district=daxing")
    form = response.context["form"]
    assert form.initial["kind"] == "costs"
    assert form.initial["district"] == daxing
    assert "Costs of doing business" in response.text


def test_park_page_shows_its_own_and_district_wide_costs(
    client, life_park, daxing_costs
):
    text = client.get(f"/en/parks/{life_park.slug}/").text
    assert "Wet lab" in text
    assert "3–5 yuan per m² per day" in text
    assert "Standard factory" in text
    assert "Whole district" in text


def test_a_park_without_costs_says_so(client, daxing):
    park = ParkFactory(district=daxing, slug="empty-park", name_en="Empty park")
    text = client.get("/en/parks/empty-park/").text
    assert "No costs of doing business are published for Empty park yet." in text
    assert "/en/contact/?kind=costs&amp;park=empty-park" in text
    assert park.get_absolute_url() == "/en/parks/empty-park/"


def test_costs_of_a_draft_park_stay_hidden(client, daxing):
    hidden = ParkFactory(district=daxing, status=Status.DRAFT, name_en="Hidden park")
    CostItemFactory(district=daxing, park=hidden, label_en="Hidden rent")
    text = client.get("/en/districts/daxing/").text
    assert "Hidden rent" not in text
    assert "Hidden park" not in text


def test_comparison_puts_costs_side_by_side(
    client, daxing_costs, changping_costs, django_assert_num_queries
):
    url = "/en/districts/compare/?d=daxing&d=changping"
    response = client.get(url)
    rows = response.context["cost_rows"]
    assert [row.label for row in rows] == [
        "Factory rent",
        "Lab space rent",
        "Electricity",
    ]
    factory = rows[0]
    assert [[item.label for item in cell] for cell in factory.cells] == [
        ["Standard factory"],
        ["Changping factory"],
    ]
    electricity = rows[2]
    assert electricity.cells[1] == ()
    text = response.text
    assert "Costs of doing business side by side" in text
    assert "38–50 yuan per m² per month (2025)" in text


def test_comparison_in_chinese(client, daxing_costs, changping_costs):
    text = client.get("/zh-hans/districts/compare/?d=daxing&d=changping").text
    assert "营商成本对比" in text
    assert "38～50元/平方米·月" in text


def test_comparison_says_when_neither_district_has_costs(client, daxing, changping):
    text = client.get("/en/districts/compare/?d=daxing&d=changping").text
    assert "These districts have no costs of doing business published yet." in text


def test_cost_list_groups_by_district_and_filters_narrow(
    client, daxing_costs, changping_costs, life_park
):
    response = client.get("/en/costs/")
    shown = [district.slug for district, _groups in response.context["districts"]]
    assert sorted(shown) == ["changping", "daxing"]

    def labels(query):
        response = client.get(f"/en/costs/{query}")
        assert response.status_code == 200
        return {item.label for item in response.context["object_list"]}

    assert labels("?district=changping") == {"Changping factory"}
    assert labels(f"?park={life_park.slug}") == {"Wet lab"}
    assert labels("?category=electricity") == {"Industrial tariff"}
    assert labels("?year=2024") == {"Industrial tariff"}
    assert "Draft factory" not in labels("")


@pytest.mark.parametrize(
    "query", ["?district=nowhere", "?category=castle", "?year=abc", "?year=20.5"]
)
def test_bad_filters_give_an_error_not_a_500(client, daxing_costs, query):
    response = client.get(f"/en/costs/{query}")
    assert response.status_code == 200
    assert "Some filters are not valid" in response.text
    assert not response.context["object_list"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "No costs of doing business are published yet."),
        ("zh-hans", "尚未公布营商成本"),
    ],
)
def test_cost_list_says_plainly_when_nothing_is_published(
    client, db, language, expected
):
    text = client.get(f"/{language}/costs/").text
    assert expected in text
    assert f"/{language}/contact/?kind=costs" in text


def test_cost_list_query_count_does_not_grow(client, daxing, django_assert_num_queries):
    CostItemFactory(district=daxing)
    client.get("/en/costs/")  # warms the site settings cache
    with django_assert_num_queries(LIST_QUERIES):
        client.get("/en/costs/")
    with django_assert_num_queries(FILTERED_LIST_QUERIES):
        client.get("/en/costs/?district=daxing&category=factory_rent")
    for _n in range(10):
        district = DistrictFactory()
        CostItemFactory(district=district, park=ParkFactory(district=district))
    with django_assert_num_queries(LIST_QUERIES):
        response = client.get("/en/costs/")
    assert len(response.context["object_list"]) == 11


def test_district_page_query_count_does_not_grow_with_costs(
    client, daxing, django_assert_num_queries
):
    client.get("/en/districts/daxing/")
    with django_assert_num_queries(DISTRICT_QUERIES):
        client.get("/en/districts/daxing/")
    for _n in range(6):
        CostItemFactory(district=daxing, park=ParkFactory(district=daxing))
    with django_assert_num_queries(DISTRICT_QUERIES):
        client.get("/en/districts/daxing/")


def test_sitemap_lists_the_cost_list(client, db):
    text = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/en/costs/" in text
    assert "http://testserver/zh-hans/costs/" in text
