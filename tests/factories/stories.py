from __future__ import annotations

import factory

from apps.stories.models import Story, StoryFigure
from tests.factories.base import PublishedFactory
from tests.factories.districts import DistrictFactory
from tests.factories.organizations import OrganizationFactory


class StoryFactory(PublishedFactory):
    class Meta:
        model = Story

    title_en = factory.Sequence(lambda n: f"Story {n}")
    title_zh_hans = factory.Sequence(lambda n: f"案例{n}")
    slug = factory.Sequence(lambda n: f"story-{n}")
    organization = factory.SubFactory(OrganizationFactory)
    district = factory.SubFactory(DistrictFactory)
    summary_en = "How we grew here."


class StoryFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StoryFigure

    story = factory.SubFactory(StoryFactory)
    label_en = "Employees"
    label_zh_hans = "员工"
    value = 300
    unit = "person"
    year = 2024
    source_en = "Company annual report"
