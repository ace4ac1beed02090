from __future__ import annotations

import factory

from apps.policies.models import (
    Measure,
    MeasureCategory,
    MeasureEligibility,
    Policy,
    PolicyLevel,
)
from tests.factories.base import PublishedFactory


class PolicyFactory(PublishedFactory):
    class Meta:
        model = Policy

    title_en = factory.Sequence(lambda n: f"Policy {n}")
    title_zh_hans = factory.Sequence(lambda n: f"政策{n}")
    slug = factory.Sequence(lambda n: f"policy-{n}")
    level = PolicyLevel.MUNICIPAL
    year = 2025


class MeasureCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeasureCategory

    name_en = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")


class MeasureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Measure

    policy = factory.SubFactory(PolicyFactory)
    number = factory.Sequence(lambda n: n + 1)
    title_en = factory.Sequence(lambda n: f"Measure {n}")


class MeasureEligibilityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeasureEligibility

    measure = factory.SubFactory(MeasureFactory)
