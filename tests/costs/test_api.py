"""The costs endpoint (/api/v1/costs/): published only, the list's filters, CSV."""

from __future__ import annotations

import pytest

from apps.core.models import Status
from tests.api.helpers import read_csv
from tests.factories.costs import CostItemFactory
from tests.factories.districts import DistrictFactory
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db

# The page count, the page of items (with district and park), the filter's choices.
API_QUERIES = 2
FILTERED_API_QUERIES = 3


@pytest.fixture
def api_get(client):
    def get(path, data=None):
        response = client.get(path, data or {})
        if response.streaming:
            response.body_text = b"".join(response.streaming_content).decode("utf-8")
        else:
            response.body_text = response.content.decode("utf-8")
        return response

    return get


def labels(response) -> list[str]:
    assert response.status_code == 200, response.body_text
    return [item["label"] for item in response.json()["results"]]


def test_list_gives_published_costs_with_numbers_and_units(
    api_get, daxing_costs, changping_costs
):
    response = api_get("/api/v1/costs/")
    assert sorted(labels(response)) == [
        "Changping factory",
        "Industrial tariff",
        "Standard factory",
        "Wet lab",
    ]
    item = next(
        i for i in response.json()["results"] if i["label"] == "Standard factory"
    )
    assert item["district"] == {"slug": "daxing", "name": "Daxing"}
    assert item["park"] is None
    assert item["value_low"] == "45.00"
    assert item["value_high"] == "60.00"
    assert item["unit"] == "CNY/m2/month"
    assert item["text"] == "45–60 yuan per m² per month"
    assert item["source_url"] == "https://example.org/daxing-rents"


def test_chinese_gives_chinese_labels_and_text(api_get, daxing_costs):
    body = api_get("/api/v1/costs/", {"lang": "zh-hans", "category": "factory_rent"})
    item = body.json()["results"][0]
    assert item["label"] == "标准厂房"
    assert item["category_name"] == "厂房租金"
    assert item["text"] == "45～60元/平方米·月"


def test_filters_narrow(api_get, daxing_costs, changping_costs, life_park):
    get = lambda **q: labels(api_get("/api/v1/costs/", q))  # noqa: E731
    assert get(district="changping") == ["Changping factory"]
    assert get(park=life_park.slug) == ["Wet lab"]
    assert get(category="electricity") == ["Industrial tariff"]
    assert get(year="2024") == ["Industrial tariff"]
    assert get(district="daxing", category="factory_rent") == ["Standard factory"]


@pytest.mark.parametrize(
    "query",
    [{"district": "nowhere"}, {"category": "castle"}, {"year": "20.5"}, {"park": "%"}],
)
def test_bad_filters_are_a_400_json_error(api_get, daxing_costs, query):
    response = api_get("/api/v1/costs/", query)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")


def test_costs_of_hidden_districts_and_parks_stay_out(api_get, daxing):
    hidden = DistrictFactory(status=Status.DRAFT, slug="secret")
    CostItemFactory(district=hidden, label_en="Secret rent")
    draft_park = ParkFactory(district=daxing, status=Status.DRAFT)
    CostItemFactory(district=daxing, park=draft_park, label_en="Draft park rent")
    CostItemFactory(district=daxing, label_en="Open rent")
    assert labels(api_get("/api/v1/costs/")) == ["Open rent"]


def test_csv_has_the_same_rows_and_filters(api_get, daxing_costs, changping_costs):
    response = api_get("/api/v1/costs/", {"format": "csv", "district": "daxing"})
    rows = read_csv(response)
    assert sorted(row["label"] for row in rows) == [
        "Industrial tariff",
        "Standard factory",
        "Wet lab",
    ]
    assert response["Content-Disposition"] == 'attachment; filename="costs.csv"'
    assert {"value_low", "value_high", "unit", "year", "source"} <= set(rows[0])


def test_query_count_does_not_grow(api_get, daxing, django_assert_num_queries):
    CostItemFactory(district=daxing)
    with django_assert_num_queries(API_QUERIES):
        api_get("/api/v1/costs/")
    for _n in range(8):
        district = DistrictFactory()
        CostItemFactory(district=district, park=ParkFactory(district=district))
    with django_assert_num_queries(API_QUERIES):
        assert len(labels(api_get("/api/v1/costs/"))) == 9
    with django_assert_num_queries(FILTERED_API_QUERIES):
        api_get("/api/v1/costs/", {"district": daxing.slug, "category": "factory_rent"})
