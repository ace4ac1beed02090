from __future__ import annotations

import factory

from apps.districts.models import District, Indicator, Industry, Metric
from tests.factories.base import PublishedFactory


class IndustryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Industry
        django_get_or_create = ("slug",)

    name_en = factory.Sequence(lambda n: f"Industry {n}")
    name_zh_hans = factory.Sequence(lambda n: f"产业{n}")
    slug = factory.Sequence(lambda n: f"industry-{n}")


class DistrictFactory(PublishedFactory):
    class Meta:
        model = District

    name_en = factory.Sequence(lambda n: f"District {n}")
    name_zh_hans = factory.Sequence(lambda n: f"第{n}区")
    slug = factory.Sequence(lambda n: f"district-{n}")
    summary_en = "A district of Beijing."


class MetricFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Metric

    name_en = factory.Sequence(lambda n: f"Metric {n}")
    slug = factory.Sequence(lambda n: f"metric-{n}")
    unit = "enterprise"


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator

    district = factory.SubFactory(DistrictFactory)
    metric = factory.SubFactory(MetricFactory)
    year = 2022
    value = 100
