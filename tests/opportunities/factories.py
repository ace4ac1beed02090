from __future__ import annotations

import factory

from apps.opportunities.models import (
    MeasureEligibility,
    Opportunity,
    OpportunityKind,
    PlanningStatus,
)
from tests.districts.factories import DistrictFactory, PublishedFactory
from tests.enterprises.factories import OrganizationFactory
from tests.policies.factories import MeasureFactory


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


class MeasureEligibilityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeasureEligibility

    measure = factory.SubFactory(MeasureFactory)
