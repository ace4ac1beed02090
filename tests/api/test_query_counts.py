"""Each endpoint reads the database a fixed number of times, whatever the data."""

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
from tests.factories.events import EventFactory, SessionFactory, SpeakerFactory
from tests.factories.news import ArticleFactory
from tests.factories.opportunities import OpportunityFactory
from tests.factories.organizations import DesignationFactory, OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import MeasureFactory, PolicyFactory


def build(size: int) -> None:
    """size items of every kind, each with related objects."""
    industry = IndustryFactory()
    metric = MetricFactory()
    for number in range(size):
        district = DistrictFactory()
        district.industries.add(industry)
        IndicatorFactory(district=district, metric=metric, year=2020 + number)
        park = ParkFactory(district=district)
        park.industries.add(industry)
        parent = OrganizationFactory(kind=OrganizationKind.GOVERNMENT)
        company = OrganizationFactory(district=district, park=park, parent=parent)
        company.industries.add(industry)
        DesignationFactory(organization=company)
        event = EventFactory(district=district)
        event.industries.add(industry)
        event.organizers.add(company)
        event.exhibitors.add(company)
        session = SessionFactory(event=event)
        SpeakerFactory(event=event, session=session, organization=company)
        agreement = AgreementFactory(district=district, event=event)
        agreement.industries.add(industry)
        AgreementPartyFactory(agreement=agreement, organization=company)
        AgreementPartyFactory(agreement=agreement, organization=parent)
        policy = PolicyFactory(issuer=parent)
        policy.districts.add(district)
        policy.industries.add(industry)
        MeasureFactory(policy=policy)
        MeasureFactory(policy=policy)
        article = ArticleFactory()
        article.districts.add(district)
        OpportunityFactory(
            district=district, park=park, promoter=company, industries=[industry]
        )


# (path, query, queries): the count includes the filter's choice lists and the
# pagination count.
LISTS = [
    ("/api/v1/districts/", {}, 3),
    ("/api/v1/indicators/", {}, 2),
    ("/api/v1/parks/", {}, 3),
    ("/api/v1/parks/", {"format": "csv"}, 3),
    ("/api/v1/organizations/", {}, 7),
    ("/api/v1/organizations/", {"format": "csv"}, 7),
    ("/api/v1/events/", {}, 4),
    ("/api/v1/agreements/", {}, 5),
    ("/api/v1/agreements/", {"format": "csv"}, 5),
    ("/api/v1/policies/", {}, 5),
    ("/api/v1/news/", {}, 3),
    ("/api/v1/opportunities/", {}, 3),
    ("/api/v1/opportunities/", {"format": "csv"}, 3),
]


def _get(api_get, path, query):
    response = api_get(path, query)
    assert response.status_code == 200
    return response


@pytest.mark.django_db
@pytest.mark.parametrize(("path", "query", "queries"), LISTS)
@pytest.mark.parametrize("size", [1, 6])
def test_list_query_count_is_fixed(
    api_get, django_assert_num_queries, path, query, queries, size
):
    build(size)

    with django_assert_num_queries(queries):
        response = _get(api_get, path, query)

    if query.get("format") != "csv":
        assert response.json()["count"] >= size


DETAILS = [
    ("districts", 3),
    ("parks", 2),
    ("organizations", 3),
    ("events", 6),
    ("agreements", 3),
    ("policies", 4),
    ("news", 2),
    ("opportunities", 2),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("endpoint", "queries"), DETAILS)
@pytest.mark.parametrize("size", [1, 6])
def test_item_query_count_is_fixed(
    api_get, django_assert_num_queries, endpoint, queries, size
):
    build(size)
    slug = _get(api_get, f"/api/v1/{endpoint}/", {"when": "all"}).json()["results"][0][
        "slug"
    ]

    with django_assert_num_queries(queries):
        _get(api_get, f"/api/v1/{endpoint}/{slug}/", {})
