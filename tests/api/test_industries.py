"""Sectors in the open data API: /api/v1/industries/ (JSON and CSV)."""

from __future__ import annotations

import pytest

from apps.core.models import Status
from tests.factories.districts import (
    DistrictFactory,
    IndicatorFactory,
    IndustryFactory,
    MetricFactory,
)

from .helpers import read_csv

pytestmark = pytest.mark.django_db

LIST_QUERIES = 2  # count, page
DETAIL_QUERIES = 2  # the industry, its figures


@pytest.fixture
def sector(biomedicine, changping):
    metric = MetricFactory(
        name_en="Scale",
        name_zh_hans="规模",
        unit="CNY",
        industry=biomedicine,
    )
    IndicatorFactory(district=changping, metric=metric, year=2022, value=80 * 10**9)
    IndicatorFactory(
        district=DistrictFactory(status=Status.DRAFT), metric=metric, value=9
    )
    IndicatorFactory(district=changping, metric=MetricFactory(), value=5)
    return biomedicine


def test_industries_list_in_both_languages(api_get, sector, devices):
    body = api_get("/api/v1/industries/").json()
    names = [item["name"] for item in body["results"]]
    assert "Biomedicine" in names
    assert "Medical devices" in names
    first = next(i for i in body["results"] if i["slug"] == "biomedicine")
    assert first["url"] == "http://testserver/en/industries/biomedicine/"
    chinese = api_get("/api/v1/industries/?lang=zh-hans").json()
    assert "生物医药" in [item["name"] for item in chinese["results"]]


def test_industry_detail_gives_only_its_figures_of_live_districts(api_get, sector):
    body = api_get("/api/v1/industries/biomedicine/").json()
    assert [(f["district"]["slug"], f["value"]) for f in body["figures"]] == [
        ("changping", "80000000000.00")
    ]
    assert body["figures"][0]["metric_name"] == "Scale"
    assert body["figures"][0]["year"] == 2022


def test_industries_csv_in_chinese(api_get, sector):
    rows = read_csv(api_get("/api/v1/industries/?format=csv&lang=zh-hans"))
    assert {"slug": "biomedicine", "name": "生物医药"}.items() <= rows[0].items()


@pytest.mark.parametrize("size", [1, 6])
def test_industries_endpoints_query_counts_are_fixed(
    api_get, django_assert_num_queries, size, changping
):
    industries = [IndustryFactory() for _ in range(size)]
    for industry in industries:
        IndicatorFactory(district=changping, metric=MetricFactory(industry=industry))
    with django_assert_num_queries(LIST_QUERIES):
        assert api_get("/api/v1/industries/").status_code == 200
    with django_assert_num_queries(DETAIL_QUERIES):
        response = api_get(f"/api/v1/industries/{industries[0].slug}/")
    assert response.status_code == 200
