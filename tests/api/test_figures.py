"""Figures and amounts in the open data API: the number in base units plus the
unit code, the same in JSON and CSV and in either language (docs/api.md)."""

from __future__ import annotations

import pytest

from apps.districts.models import Qualifier
from tests.factories.districts import IndicatorFactory, MetricFactory
from tests.factories.opportunities import OpportunityFactory

from .helpers import read_csv

pytestmark = pytest.mark.django_db


@pytest.fixture
def scale(daxing):
    metric = MetricFactory(
        name_en="Industry scale", name_zh_hans="产业规模", slug="scale", unit="CNY"
    )
    return IndicatorFactory(
        district=daxing,
        metric=metric,
        year=2022,
        value=80_000_000_000,
        qualifier=Qualifier.NEARLY,
    )


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
def test_indicator_json_gives_base_units_and_the_unit_code(api_get, scale, lang):
    (row,) = api_get("/api/v1/indicators/", {"lang": lang}).json()["results"]
    assert row["value"] == "80000000000.00"
    assert row["unit"] == "CNY"
    assert row["qualifier"] == "nearly"
    detail = api_get("/api/v1/districts/daxing/", {"lang": lang}).json()
    assert [(i["value"], i["unit"]) for i in detail["indicators"]] == [
        ("80000000000.00", "CNY")
    ]


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
def test_indicator_csv_gives_the_same_number_and_code(api_get, scale, lang):
    (row,) = read_csv(api_get("/api/v1/indicators/", {"format": "csv", "lang": lang}))
    assert (row["value"], row["unit"], row["qualifier"]) == (
        "80000000000.00",
        "CNY",
        "nearly",
    )
    expected = "产业规模" if lang == "zh-hans" else "Industry scale"
    assert row["metric_name"] == expected


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_opportunity_amounts_are_in_the_currencys_base_unit(api_get, daxing, fmt):
    OpportunityFactory(
        slug="plant",
        district=daxing,
        amount_min=1_200_000,
        amount_max=None,
        currency="USD",
    )
    if fmt == "json":
        (row,) = api_get("/api/v1/opportunities/").json()["results"]
        assert (row["amount_min"], row["amount_max"]) == ("1200000.00", None)
    else:
        (row,) = read_csv(api_get("/api/v1/opportunities/", {"format": "csv"}))
        assert (row["amount_min"], row["amount_max"]) == ("1200000.00", "")
    assert row["currency"] == "USD"
