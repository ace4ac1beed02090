from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation

from apps.districts.models import IndicatorKind
from tests.factories.districts import (
    DistrictFactory,
    IndicatorFactory,
    IndustryFactory,
    MetricFactory,
)

pytestmark = pytest.mark.django_db


def test_indicator_value_cannot_be_negative():
    with pytest.raises(IntegrityError), transaction.atomic():
        IndicatorFactory(value=-1)


def test_indicator_value_zero_is_allowed():
    assert IndicatorFactory(value=0).pk


def test_second_indicator_for_same_district_metric_year_and_kind_is_refused():
    first = IndicatorFactory(year=2022)
    with pytest.raises(IntegrityError), transaction.atomic():
        IndicatorFactory(district=first.district, metric=first.metric, year=2022)


def test_same_metric_in_another_year_or_kind_is_a_separate_figure():
    first = IndicatorFactory(year=2022)
    IndicatorFactory(district=first.district, metric=first.metric, year=2023)
    IndicatorFactory(
        district=first.district,
        metric=first.metric,
        year=2022,
        kind=IndicatorKind.TARGET,
    )
    assert first.district.indicators.count() == 3


def test_two_targets_without_a_year_for_one_metric_are_refused():
    first = IndicatorFactory(year=None, kind=IndicatorKind.TARGET)
    with pytest.raises(IntegrityError), transaction.atomic():
        IndicatorFactory(
            district=first.district,
            metric=first.metric,
            year=None,
            kind=IndicatorKind.TARGET,
        )


@pytest.mark.parametrize("year", [1948, 2101])
def test_indicator_year_outside_plausible_range_is_refused(year):
    with pytest.raises(IntegrityError), transaction.atomic():
        IndicatorFactory(year=year)


def test_district_slugs_are_unique():
    DistrictFactory(slug="daxing")
    with pytest.raises(IntegrityError), transaction.atomic():
        DistrictFactory(slug="daxing")


def test_industry_and_metric_slugs_are_unique():
    MetricFactory(slug="unicorns")
    with pytest.raises(IntegrityError), transaction.atomic():
        MetricFactory(slug="unicorns")
    IndustryFactory(slug="biomedicine")
    with pytest.raises(IntegrityError), transaction.atomic():
        # The factory gets-or-creates by slug; a plain create must fail.
        IndustryFactory._meta.model.objects.create(slug="biomedicine", name_en="X")


def test_str_of_district_metric_and_indicator():
    district = DistrictFactory(name_en="Changping")
    metric = MetricFactory(name_en="Industry scale", unit="CNY")
    indicator = IndicatorFactory(district=district, metric=metric, year=2022, value=80)
    assert str(district) == "Changping"
    assert str(metric) == "Industry scale (yuan (CNY))"
    assert str(indicator) == "Changping · Industry scale · 2022: 80"
    target = IndicatorFactory(
        district=district, metric=metric, year=None, kind="target", value=100
    )
    assert str(target) == "Changping · Industry scale · —: 100"


def test_metric_without_unit_shows_its_name_only():
    assert str(MetricFactory(name_en="Universities", unit="unit")) == "Universities"


def test_str_of_industry_is_its_name_in_the_active_language():
    industry = IndustryFactory(name_en="Medical devices", name_zh_hans="医疗器械")
    assert str(industry) == "Medical devices"
    with translation.override("zh-hans"):
        assert str(industry) == "医疗器械"


def test_chinese_blank_name_falls_back_to_english():
    district = DistrictFactory(name_en="Daxing", name_zh_hans="")
    with translation.override("zh-hans"):
        assert district.name == "Daxing"


def test_english_blank_summary_falls_back_to_chinese():
    district = DistrictFactory(summary_en="", summary_zh_hans="大兴区简介")
    with translation.override("en"):
        assert district.summary == "大兴区简介"
