from __future__ import annotations

import factory

from apps.costs.models import CostCategory, CostItem
from tests.factories.base import PublishedFactory
from tests.factories.districts import DistrictFactory


class CostItemFactory(PublishedFactory):
    class Meta:
        model = CostItem

    district = factory.SubFactory(DistrictFactory)
    category = CostCategory.FACTORY_RENT
    label_en = factory.Sequence(lambda n: f"Cost item {n}")
    label_zh_hans = factory.Sequence(lambda n: f"成本项目{n}")
    value_low = 45
    value_high = 60
    unit = "CNY/m2/month"
    year = 2025
    source_en = "District investment promotion center"
    source_zh_hans = "区投资促进服务中心"
