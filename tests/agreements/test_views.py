from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from apps.agreements.models import AgreementKind, PartyRole
from apps.agreements.views import AgreementListView
from apps.core.models import Status
from tests.factories.agreements import AgreementFactory, AgreementPartyFactory
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.events import EventFactory

pytestmark = pytest.mark.django_db

LIST = reverse("agreements:list")


def titles(response) -> list[str]:
    return [str(a.title) for a in response.context["object_list"]]


def test_list_shows_published_agreements_and_hides_drafts_and_scheduled(client):
    AgreementFactory(title_en="Live cooperation")
    AgreementFactory(title_en="Draft cooperation", status=Status.DRAFT)
    AgreementFactory(
        title_en="Scheduled cooperation",
        published_at=timezone.now() + dt.timedelta(days=1),
    )
    response = client.get(LIST)
    assert response.status_code == 200
    assert "Live cooperation" in response.text
    assert "Draft cooperation" not in response.text
    assert "Scheduled cooperation" not in response.text


@pytest.mark.parametrize(
    "status_and_time",
    [
        {"status": Status.DRAFT},
        {"published_at": "future"},
    ],
)
def test_unpublished_agreement_detail_returns_404(client, status_and_time):
    if status_and_time.get("published_at") == "future":
        status_and_time = {"published_at": timezone.now() + dt.timedelta(days=1)}
    agreement = AgreementFactory(**status_and_time)
    response = client.get(agreement.get_absolute_url())
    assert response.status_code == 404


def test_filters_narrow_the_list_by_district_kind_year_industry_and_event(client):
    daxing = DistrictFactory(slug="daxing")
    biomedicine = IndustryFactory(slug="biomedicine")
    forum = EventFactory(slug="forum-2025")
    match = AgreementFactory(
        title_en="Matching agreement",
        district=daxing,
        kind=AgreementKind.PROJECT_SIGNING,
        signed_year=2025,
        event=forum,
    )
    match.industries.add(biomedicine)
    AgreementFactory(title_en="Other district", kind=AgreementKind.PROJECT_SIGNING)
    AgreementFactory(title_en="Other kind", district=daxing)
    AgreementFactory(
        title_en="Other year",
        district=daxing,
        kind=AgreementKind.PROJECT_SIGNING,
        signed_year=2024,
    )

    assert set(titles(client.get(LIST, {"district": "daxing"}))) == {
        "Matching agreement",
        "Other kind",
        "Other year",
    }
    assert set(titles(client.get(LIST, {"kind": "project_signing"}))) == {
        "Matching agreement",
        "Other district",
        "Other year",
    }
    assert "Other year" not in titles(client.get(LIST, {"year": "2025"}))
    assert titles(client.get(LIST, {"year": "2024"})) == ["Other year"]
    assert titles(client.get(LIST, {"industry": "biomedicine"})) == [
        "Matching agreement"
    ]
    assert titles(client.get(LIST, {"event": "forum-2025"})) == ["Matching agreement"]


@pytest.mark.parametrize(
    "params",
    [
        {"district": "no-such-district"},
        {"kind": "bribe"},
        {"year": "abc"},
        {"year": "99999999999999"},
        {"industry": "<script>"},
        {"event": "x" * 500},
        {"page": "abc"},
        {"page": "999"},
    ],
)
def test_bad_parameters_never_give_a_server_error(client, params):
    AgreementFactory()
    response = client.get(LIST, params)
    assert response.status_code in {200, 404}
    if response.status_code == 200:
        assert response.context["object_list"].count() == 0


def test_bad_filter_value_shows_the_error_in_the_readers_language(client):
    response = client.get(
        reverse("agreements:list").replace("/en/", "/zh-hans/"), {"kind": "bribe"}
    )
    assert response.status_code == 200
    assert "选择一个有效的选项" in response.text


def test_pages_keep_the_filters_in_their_links(client, monkeypatch):
    monkeypatch.setattr(AgreementListView, "paginate_by", 2)
    daxing = DistrictFactory(slug="daxing")
    AgreementFactory.create_batch(3, district=daxing)
    response = client.get(LIST, {"district": "daxing"})
    assert "?district=daxing&amp;page=2" in response.text
    second = client.get(LIST, {"district": "daxing", "page": "2"})
    assert len(second.context["object_list"]) == 1


def _agreement_with_parties(n: int):
    agreement = AgreementFactory()
    for _ in range(n):
        AgreementPartyFactory(agreement=agreement)
    return agreement


def test_list_costs_a_fixed_number_of_queries(client, django_assert_num_queries):
    client.get(LIST)  # the footer's site settings are cached from now on
    for _ in range(2):
        _agreement_with_parties(1)
    with django_assert_num_queries(7):
        small = client.get(LIST)
    for _ in range(8):
        _agreement_with_parties(3)
    with django_assert_num_queries(7):
        large = client.get(LIST)
    assert len(small.context["object_list"]) == 2
    assert len(large.context["object_list"]) == 10


def test_a_single_agreement_does_not_claim_a_project_count(client):
    """project_count counts the projects of a batch signing; one cooperation
    agreement is not "1 project"."""
    agreement = AgreementFactory(kind=AgreementKind.COOPERATION, project_count=1)
    text = client.get(agreement.get_absolute_url()).text
    assert "1 project" not in text
    assert ">Projects<" not in text


def test_detail_shows_the_facts_a_reader_needs(client):
    district = DistrictFactory(name_en="Daxing District")
    event = EventFactory(title_en="Biomedicine forum")
    agreement = AgreementFactory(
        title_en="Twelve projects",
        kind=AgreementKind.PROJECT_SIGNING,
        signed_on=dt.date(2025, 5, 20),
        project_count=12,
        party_count=9,
        amount=Decimal("1500000.00"),
        district=district,
        event=event,
    )
    AgreementPartyFactory(
        agreement=agreement, organization__name_en="BeiGene", role=PartyRole.LEAD
    )
    AgreementPartyFactory(agreement=agreement, organization__name_en="InnoCare")
    AgreementPartyFactory(
        agreement=agreement, organization__name_en="Biocytogen", role=PartyRole.WITNESS
    )
    response = client.get(agreement.get_absolute_url())
    text = response.text
    assert response.status_code == 200
    assert "Project signing" in text
    assert "Signed</span>" in text or ">Signed<" in text
    assert "May 20, 2025" in text
    assert "RMB 1.5 million" in text
    assert "12 projects" in text
    assert "9 parties, 3 named" in text
    assert "BeiGene" in text
    assert "Lead party" in text
    assert "Witness" in text
    assert "Biomedicine forum" in text
    assert "Daxing District" in text


def test_detail_shows_only_the_year_when_the_date_is_unknown(client):
    agreement = AgreementFactory(signed_year=2023, signed_on=None)
    response = client.get(agreement.get_absolute_url())
    assert "2023" in response.text


def test_detail_in_chinese(client):
    agreement = AgreementFactory(
        title_zh_hans="战略合作协议", project_count=12, party_count=3
    )
    response = client.get(agreement.get_absolute_url().replace("/en/", "/zh-hans/", 1))
    assert response.status_code == 200
    assert "战略合作协议" in response.text
    assert "12个项目" in response.text


def test_detail_fails_loudly_when_a_party_page_cannot_be_reversed(client, monkeypatch):
    # A mistyped URL name is an error, not a party shown without its link.
    party = AgreementPartyFactory(organization__name_en="BeiGene")
    monkeypatch.setattr(
        type(party.organization),
        "get_absolute_url",
        lambda self: reverse("no-such-page"),
    )
    with pytest.raises(NoReverseMatch):
        client.get(party.agreement.get_absolute_url())


def test_detail_links_parties_to_their_organization_pages(client, monkeypatch):
    party = AgreementPartyFactory(organization__name_en="BeiGene")
    monkeypatch.setattr(
        type(party.organization),
        "get_absolute_url",
        lambda self: f"/en/directory/{self.slug}/",
    )
    response = client.get(party.agreement.get_absolute_url())
    assert f'<a href="/en/directory/{party.organization.slug}/">BeiGene</a>' in (
        response.text
    )


def test_detail_costs_a_fixed_number_of_queries(client, django_assert_num_queries):
    small = _agreement_with_parties(1)
    large = _agreement_with_parties(6)
    large.industries.add(IndustryFactory(), IndustryFactory())
    client.get(small.get_absolute_url())  # caches the footer's site settings
    with django_assert_num_queries(3):
        client.get(small.get_absolute_url())
    with django_assert_num_queries(3):
        client.get(large.get_absolute_url())
