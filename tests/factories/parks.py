from __future__ import annotations

import factory

from apps.parks.models import Park, ParkKind
from tests.factories.base import PublishedFactory
from tests.factories.districts import DistrictFactory


class ParkFactory(PublishedFactory):
    class Meta:
        model = Park

    name_en = factory.Sequence(lambda n: f"Park {n}")
    name_zh_hans = factory.Sequence(lambda n: f"园区{n}")
    slug = factory.Sequence(lambda n: f"park-{n}")
    district = factory.SubFactory(DistrictFactory)
    kind = ParkKind.SCIENCE_PARK
