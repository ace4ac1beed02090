from __future__ import annotations

import pytest

from apps.core.models import Status
from apps.districts.models import IndicatorKind, Qualifier
from tests.factories.agreements import AgreementFactory
from tests.factories.districts import (
    DistrictFactory,
    IndicatorFactory,
    IndustryFactory,
    MetricFactory,
)
from tests.factories.events import EventFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory


@pytest.fixture
def daxing(db):
    district = DistrictFactory(
        name_en="Daxing",
        name_zh_hans="大兴区",
        slug="daxing",
        contact_phone="+86-010-89292038",
    )
    district.industries.add(IndustryFactory(name_en="Biomedicine", slug="biomedicine"))
    return district


BILLION = 10**9


@pytest.fixture
def scale_metric(db):
    return MetricFactory(
        name_en="Industry scale",
        name_zh_hans="产业规模",
        slug="industry-scale",
        unit="CNY",
    )


def populate(district, size: int) -> None:
    """Give a district `size` of everything its profile shows."""
    for n in range(size):
        metric = MetricFactory()
        for year in (2021, 2022):
            IndicatorFactory(district=district, metric=metric, year=year, value=n + 1)
        IndicatorFactory(
            district=district, metric=metric, year=2025, kind=IndicatorKind.TARGET
        )
        park = ParkFactory(district=district)
        park.industries.add(IndustryFactory())
        OrganizationFactory(district=district, park=park)
        EventFactory(district=district)
        AgreementFactory(district=district)
        PolicyFactory().districts.add(district)
        PolicyFactory()


@pytest.fixture
def populate_district():
    return populate


@pytest.fixture
def daxing_scale(daxing, scale_metric):
    """Daxing's industry scale: about 80 in 2022, 60 in 2021, target 100 in 2025."""
    return [
        IndicatorFactory(
            district=daxing,
            metric=scale_metric,
            year=2022,
            value=80 * BILLION,
            qualifier=Qualifier.ABOUT,
        ),
        IndicatorFactory(
            district=daxing, metric=scale_metric, year=2021, value=60 * BILLION
        ),
        IndicatorFactory(
            district=daxing,
            metric=scale_metric,
            year=2025,
            value=100 * BILLION,
            kind=IndicatorKind.TARGET,
        ),
    ]


@pytest.fixture
def draft_district(db):
    return DistrictFactory(slug="draft-district", status=Status.DRAFT)
