from __future__ import annotations

import factory

from apps.guides.models import Audience, Guide, GuideStep
from tests.factories.base import PublishedFactory


class GuideFactory(PublishedFactory):
    class Meta:
        model = Guide
        skip_postgeneration_save = True

    title_en = factory.Sequence(lambda n: f"Guide {n}")
    title_zh_hans = factory.Sequence(lambda n: f"指南{n}")
    slug = factory.Sequence(lambda n: f"guide-{n}")
    summary_en = "How to do it."
    audience = Audience.SETTLING

    @factory.post_generation
    def districts(self, create, extracted, **kwargs):
        if create and extracted:
            self.districts.add(*extracted)

    @factory.post_generation
    def parks(self, create, extracted, **kwargs):
        if create and extracted:
            self.parks.add(*extracted)

    @factory.post_generation
    def policies(self, create, extracted, **kwargs):
        if create and extracted:
            self.policies.add(*extracted)

    @factory.post_generation
    def industries(self, create, extracted, **kwargs):
        if create and extracted:
            self.industries.add(*extracted)


class GuideStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GuideStep

    guide = factory.SubFactory(GuideFactory)
    order = factory.Sequence(lambda n: n + 1)
    title_en = factory.Sequence(lambda n: f"Step {n}")
    title_zh_hans = factory.Sequence(lambda n: f"步骤{n}")
