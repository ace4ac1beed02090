from __future__ import annotations

from decimal import Decimal

import pytest

from apps.parks.models import ParkKind
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.parks import ParkFactory


@pytest.fixture
def daxing(db):
    return DistrictFactory(name_en="Daxing", slug="daxing")


@pytest.fixture
def biomedicine(db):
    return IndustryFactory(name_en="Biomedicine", slug="biomedicine")


@pytest.fixture
def life_park(daxing, biomedicine):
    park = ParkFactory(
        name_en="Daxing Biomedical Industry Base",
        name_zh_hans="大兴生物医药产业基地",
        slug="daxing-biomedical-base",
        district=daxing,
        kind=ParkKind.INDUSTRIAL_BASE,
        address_en="Daxing District, Beijing",
        latitude=Decimal("39.700000"),
        longitude=Decimal("116.330000"),
        area_hectares=Decimal("12.50"),
        contact_phone="+86 10 8929 2031",
    )
    park.industries.add(biomedicine)
    return park
