from __future__ import annotations

import factory

from apps.agreements.models import Agreement, AgreementKind, AgreementParty
from tests.factories.base import PublishedFactory
from tests.factories.districts import DistrictFactory
from tests.factories.organizations import OrganizationFactory


class AgreementFactory(PublishedFactory):
    class Meta:
        model = Agreement

    title_en = factory.Sequence(lambda n: f"Agreement {n}")
    title_zh_hans = factory.Sequence(lambda n: f"协议{n}")
    slug = factory.Sequence(lambda n: f"agreement-{n}")
    kind = AgreementKind.STRATEGIC_COOPERATION
    signed_year = 2025
    district = factory.SubFactory(DistrictFactory)


class AgreementPartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgreementParty

    agreement = factory.SubFactory(AgreementFactory)
    organization = factory.SubFactory(OrganizationFactory)
