from __future__ import annotations

import factory

from apps.organizations.models import (
    Designation,
    DesignationKind,
    Organization,
    OrganizationKind,
)
from tests.factories.base import PublishedFactory


class OrganizationFactory(PublishedFactory):
    class Meta:
        model = Organization

    name_en = factory.Sequence(lambda n: f"Organization {n}")
    name_zh_hans = factory.Sequence(lambda n: f"机构{n}")
    slug = factory.Sequence(lambda n: f"organization-{n}")
    kind = OrganizationKind.COMPANY


class DesignationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Designation

    organization = factory.SubFactory(OrganizationFactory)
    kind = DesignationKind.HIGH_TECH
