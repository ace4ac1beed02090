from __future__ import annotations

import pytest

from apps.parks.models import ParkKind
from tests.districts.factories import DistrictFactory, IndustryFactory
from tests.parks.factories import ParkFactory


@pytest.fixture
def daxing(db):
    return DistrictFactory(name_en="Daxing", name_zh_hans="大兴区", slug="daxing")


@pytest.fixture
def changping(db):
    return DistrictFactory(name_en="Changping", name_zh_hans="昌平区", slug="changping")


@pytest.fixture
def biomedicine(db):
    return IndustryFactory(
        name_en="Biomedicine", name_zh_hans="生物医药", slug="biomedicine"
    )


@pytest.fixture
def devices(db):
    return IndustryFactory(
        name_en="Medical devices", name_zh_hans="医疗器械", slug="devices"
    )


@pytest.fixture
def life_park(daxing, biomedicine):
    park = ParkFactory(
        name_en="Daxing Biomedical Industry Base",
        slug="daxing-bio-base",
        district=daxing,
        kind=ParkKind.INDUSTRIAL_BASE,
        available_space_sqm=5000,
    )
    park.industries.add(biomedicine)
    return park
