"""A cost item's rules: a range whose low end exceeds its high end, a negative
price, an unknown unit and a park of another district are refused, with a clear
message in the reader's language, by the model and by the database."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from apps.costs.models import CostItem
from tests.factories.costs import CostItemFactory
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db


def messages(item: CostItem) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        item.full_clean()
    return [text for texts in caught.value.message_dict.values() for text in texts]


def test_a_valid_range_saves_and_reads_in_both_languages(daxing):
    item = CostItemFactory(district=daxing, value_low=45, value_high=60)
    item.full_clean()
    assert item.amount == "45–60 yuan per m² per month"
    with translation.override("zh-hans"):
        assert item.amount == "45～60元/平方米·月"


def test_a_single_value_reads_without_a_range(daxing):
    item = CostItemFactory(
        district=daxing,
        category="electricity",
        value_low="0.85",
        value_high=None,
        unit="CNY/kWh",
    )
    assert item.amount == "0.85 yuan per kWh"
    with translation.override("zh-hans"):
        assert item.amount == "0.85元/千瓦时"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "The lowest value must not be above the highest value."),
        ("zh-hans", "最低值不得高于最高值。"),
    ],
)
def test_low_above_high_is_refused_with_a_translated_message(
    daxing, language, expected
):
    item = CostItemFactory.build(district=daxing, value_low=80, value_high=60)
    with translation.override(language):
        assert expected in messages(item)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "A price cannot be negative."), ("zh-hans", "价格不能为负数。")],
)
def test_a_negative_price_is_refused(daxing, language, expected):
    item = CostItemFactory.build(district=daxing, value_low=-1, value_high=None)
    with translation.override(language):
        assert expected in messages(item)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "is not a unit of the list"), ("zh-hans", "不是列表中的单位")],
)
def test_an_unknown_unit_is_refused(daxing, language, expected):
    item = CostItemFactory.build(district=daxing, unit="CNY/acre")
    with translation.override(language):
        assert any(expected in text for text in messages(item))


def test_a_park_of_another_district_is_refused(daxing, changping):
    park = ParkFactory(district=changping)
    item = CostItemFactory.build(district=daxing, park=park)
    assert "This park lies in another district." in messages(item)


@pytest.mark.parametrize(
    "values",
    [
        {"value_low": 80, "value_high": 60},
        {"value_low": -5, "value_high": None},
        {"unit": "CNY/acre"},
        {"year": 1800},
    ],
)
def test_the_database_refuses_what_the_model_refuses(daxing, values):
    with pytest.raises(IntegrityError), transaction.atomic():
        CostItemFactory(district=daxing, **values)
    assert not CostItem.objects.exists()
