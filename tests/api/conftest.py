"""Fixtures of the open data API tests: a small world of published content with a
draft and a scheduled twin of each kind, and a JSON/CSV client."""

from __future__ import annotations

import pytest

from apps.organizations.models import OrganizationKind
from tests.factories.agreements import AgreementFactory, AgreementPartyFactory
from tests.factories.districts import (
    DistrictFactory,
    IndicatorFactory,
    IndustryFactory,
    MetricFactory,
)
from tests.factories.events import EventFactory
from tests.factories.news import ArticleFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import MeasureFactory, PolicyFactory

from .helpers import draft


@pytest.fixture
def api_get(client):
    """GET an API path; returns the response (streamed content already read)."""

    def get(path, data=None, **headers):
        response = client.get(path, data or {}, headers=headers)
        if response.streaming:
            response.body_text = b"".join(response.streaming_content).decode("utf-8")
        else:
            response.body_text = response.content.decode("utf-8")
        return response

    return get


@pytest.fixture
def daxing(db):
    district = DistrictFactory(name_en="Daxing", name_zh_hans="大兴区", slug="daxing")
    district.industries.add(IndustryFactory(name_en="Biomedicine", slug="biomedicine"))
    return district


@pytest.fixture
def hidden_district(db):
    return draft(DistrictFactory, name_en="Secret district", slug="secret-district")


@pytest.fixture
def world(daxing, hidden_district):
    """One published item of each kind, linked to published and hidden objects."""
    metric = MetricFactory(name_en="Industry scale", slug="industry-scale")
    IndicatorFactory(district=daxing, metric=metric, year=2022, value=80)
    IndicatorFactory(district=hidden_district, metric=metric, year=2022, value=9)
    park = ParkFactory(name_en="Life park", slug="life-park", district=daxing)
    hidden_org = draft(OrganizationFactory, name_en="Hidden Co", slug="hidden-co")
    company = OrganizationFactory(
        name_en="Open Co", slug="open-co", district=daxing, park=park
    )
    authority = OrganizationFactory(
        name_en="Daxing Bureau",
        slug="daxing-bureau",
        kind=OrganizationKind.GOVERNMENT,
        parent=hidden_org,
    )
    event = EventFactory(title_en="Forum", slug="forum", district=hidden_district)
    event.organizers.add(company, hidden_org)
    agreement = AgreementFactory(
        title_en="Signing", slug="signing", district=daxing, event=event
    )
    AgreementPartyFactory(agreement=agreement, organization=company, role="lead")
    AgreementPartyFactory(agreement=agreement, organization=hidden_org)
    policy = PolicyFactory(title_en="Measures", slug="measures", issuer=hidden_org)
    policy.districts.add(daxing, hidden_district)
    MeasureFactory(policy=policy, number=1, title_en="Faster review")
    article = ArticleFactory(title_en="Story", slug="story")
    article.districts.add(daxing, hidden_district)
    return {
        "district": daxing,
        "park": park,
        "company": company,
        "authority": authority,
        "event": event,
        "agreement": agreement,
        "policy": policy,
        "article": article,
    }
