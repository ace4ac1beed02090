from __future__ import annotations

import factory

from apps.opportunities.models import (
    Opportunity,
    OpportunityKind,
    PlanningStatus,
)
from tests.factories.base import PublishedFactory
from tests.factories.districts import DistrictFactory
from tests.factories.organizations import OrganizationFactory


class OpportunityFactory(PublishedFactory):
    class Meta:
        model = Opportunity
        skip_postgeneration_save = True

    title_en = factory.Sequence(lambda n: f"Opportunity {n}")
    title_zh_hans = factory.Sequence(lambda n: f"机会{n}")
    slug = factory.Sequence(lambda n: f"opportunity-{n}")
    kind = OpportunityKind.PROJECT
    district = factory.SubFactory(DistrictFactory)
    promoter = factory.SubFactory(OrganizationFactory)
    planning_status = PlanningStatus.PLANNED

    @factory.post_generation
    def industries(self, create, extracted, **kwargs):
        if create and extracted:
            self.industries.add(*extracted)
