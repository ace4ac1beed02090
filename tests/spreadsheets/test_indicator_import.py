"""District figures come in by district, metric, year and kind (they have no slug)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from apps.districts.models import Indicator
from apps.districts.resources import IndicatorResource
from tests.factories.districts import IndicatorFactory, MetricFactory

from .conftest import confirm, upload, xlsx_bytes

pytestmark = pytest.mark.django_db

URL = "/admin/districts/indicator/import/"
COLUMNS = IndicatorResource().column_names()


def figure(**values) -> dict:
    row = dict.fromkeys(COLUMNS, "")
    row.update(district="daxing", kind="actual", qualifier="exact", **values)
    return row


def test_ten_years_of_figures_update_one_and_add_the_rest(admin_client, daxing):
    metric = MetricFactory(slug="enterprises")
    IndicatorFactory(district=daxing, metric=metric, year=2020, value=100)
    rows = [
        figure(metric="enterprises", year=y, value=str(100 + y - 2020))
        for y in range(2015, 2025)
    ]
    rows[5]["value"] = "120"  # 2020 changes
    preview = upload(admin_client, URL, xlsx_bytes(rows, COLUMNS), "xlsx")
    assert "9 new, 1 changed, 0 unchanged, 0 invalid." in preview.content.decode()
    confirm(admin_client, preview)
    assert Indicator.objects.filter(district=daxing, metric=metric).count() == 10
    assert Indicator.objects.get(year=2020).value == Decimal("120")


def test_a_negative_figure_or_unknown_metric_is_refused_with_reasons(
    admin_client, daxing
):
    MetricFactory(slug="enterprises")
    rows = [
        figure(metric="enterprises", year=2021, value="-5"),
        figure(metric="unicorns", year=2021, value="5"),
    ]
    html = upload(admin_client, URL, xlsx_bytes(rows, COLUMNS), "xlsx").content.decode()
    assert "A figure cannot be negative." in html
    assert "No metric has the slug “unicorns”." in html
    assert not Indicator.objects.exists()
