"""Costs of two districts and a park, with a draft and a scheduled twin."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from apps.core.models import Status
from tests.factories.costs import CostItemFactory


@pytest.fixture
def daxing_costs(daxing, life_park):
    """District-wide rent and electricity of Daxing, and the base's own rent."""
    return [
        CostItemFactory(
            district=daxing,
            label_en="Standard factory",
            label_zh_hans="标准厂房",
            value_low=45,
            value_high=60,
            source_url="https://example.org/daxing-rents",
        ),
        CostItemFactory(
            district=daxing,
            category="electricity",
            label_en="Industrial tariff",
            label_zh_hans="工业电价",
            value_low="0.85",
            value_high=None,
            unit="CNY/kWh",
            year=2024,
        ),
        CostItemFactory(
            district=daxing,
            park=life_park,
            category="lab_rent",
            label_en="Wet lab",
            label_zh_hans="湿实验室",
            value_low=3,
            value_high=5,
            unit="CNY/m2/day",
        ),
        CostItemFactory(
            district=daxing,
            label_en="Draft factory",
            value_low=1,
            status=Status.DRAFT,
        ),
        CostItemFactory(
            district=daxing,
            label_en="Scheduled factory",
            value_low=2,
            published_at=timezone.now() + dt.timedelta(days=1),
        ),
    ]


@pytest.fixture
def changping_costs(changping):
    return [
        CostItemFactory(
            district=changping,
            label_en="Changping factory",
            label_zh_hans="昌平厂房",
            value_low=38,
            value_high=50,
            year=2025,
        )
    ]
