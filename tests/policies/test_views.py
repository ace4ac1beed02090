from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from apps.core.models import Status
from apps.policies.models import PolicyLevel
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.policies import (
    MeasureCategoryFactory,
    MeasureFactory,
    PolicyFactory,
)

pytestmark = pytest.mark.django_db

LIST = reverse("policies:list")


def titles(response) -> list[str]:
    return [str(p.title) for p in response.context["object_list"]]


def test_library_shows_published_policies_only(client):
    PolicyFactory(title_en="Several Measures")
    PolicyFactory(title_en="Draft measures", status=Status.DRAFT)
    PolicyFactory(
        title_en="Scheduled measures",
        published_at=timezone.now() + dt.timedelta(hours=2),
    )
    response = client.get(LIST)
    assert response.status_code == 200
    assert "Several Measures" in response.text
    assert "Draft measures" not in response.text
    assert "Scheduled measures" not in response.text


def test_draft_policy_returns_404(client):
    policy = PolicyFactory(status=Status.DRAFT)
    assert client.get(policy.get_absolute_url()).status_code == 404


def test_future_dated_policy_returns_404(client):
    policy = PolicyFactory(published_at=timezone.now() + dt.timedelta(days=3))
    assert client.get(policy.get_absolute_url()).status_code == 404


def test_filters_narrow_the_library(client):
    commission = OrganizationFactory(slug="health-commission")
    daxing = DistrictFactory(slug="daxing")
    devices = IndustryFactory(slug="medical-devices")
    match = PolicyFactory(title_en="Matching", issuer=commission, year=2025)
    match.districts.add(daxing)
    match.industries.add(devices)
    PolicyFactory(title_en="Other issuer", year=2025)
    PolicyFactory(title_en="Older", issuer=commission, year=2023)

    assert set(titles(client.get(LIST, {"issuer": "health-commission"}))) == {
        "Matching",
        "Older",
    }
    assert titles(client.get(LIST, {"district": "daxing"})) == ["Matching"]
    assert titles(client.get(LIST, {"industry": "medical-devices"})) == ["Matching"]
    assert set(titles(client.get(LIST, {"year": "2025"}))) == {
        "Matching",
        "Other issuer",
    }
    assert titles(
        client.get(LIST, {"year": "2023", "issuer": "health-commission"})
    ) == ["Older"]


def test_draft_issuer_is_not_offered_as_a_filter(client):
    PolicyFactory(issuer=OrganizationFactory(slug="secret", status=Status.DRAFT))
    response = client.get(LIST)
    assert 'value="secret"' not in response.text


@pytest.mark.parametrize(
    "params",
    [
        {"issuer": "nobody"},
        {"district": "%00"},
        {"industry": "x" * 300},
        {"year": "twenty"},
        {"year": "-1"},
        {"page": "0"},
        {"page": "last-but-one"},
    ],
)
def test_bad_parameters_never_give_a_server_error(client, params):
    PolicyFactory()
    response = client.get(LIST, params)
    assert response.status_code in {200, 404}
    if response.status_code == 200:
        assert response.context["object_list"].count() == 0


def test_library_costs_a_fixed_number_of_queries(client, django_assert_num_queries):
    client.get(LIST)  # the footer's site settings are cached from now on
    PolicyFactory(issuer=OrganizationFactory())
    with django_assert_num_queries(7):
        small = client.get(LIST)
    for _ in range(6):
        policy = PolicyFactory(issuer=OrganizationFactory())
        policy.districts.add(DistrictFactory(), DistrictFactory())
    with django_assert_num_queries(7):
        large = client.get(LIST)
    assert len(small.context["object_list"]) == 1
    assert len(large.context["object_list"]) == 7


@pytest.fixture
def several_measures():
    """A policy stating 20 measures, four of them entered in two categories."""
    policy = PolicyFactory(
        title_en="Several Measures to Support Innovative Medicine",
        title_zh_hans="支持创新医药高质量发展的若干措施",
        level=PolicyLevel.MUNICIPAL,
        issuer=OrganizationFactory(name_en="Beijing Municipal Government"),
        document_number="No. 1",
        issued_on=dt.date(2025, 3, 1),
        effective_on=dt.date(2025, 4, 1),
        measure_count=20,
        summary_en="What the measures cover.",
        body_en="First paragraph.\n\nSecond paragraph.",
    )
    approval = MeasureCategoryFactory(
        name_en="Review and approval", name_zh_hans="审评审批", order=1
    )
    clinical = MeasureCategoryFactory(
        name_en="Clinical research", name_zh_hans="临床研究", order=2
    )
    MeasureFactory(policy=policy, number=3, category=clinical, title_en="Third")
    MeasureFactory(policy=policy, number=2, category=approval, title_en="Second")
    MeasureFactory(policy=policy, number=1, category=approval, title_en="First")
    MeasureFactory(policy=policy, number=4, category=clinical, title_en="Fourth")
    return policy


def test_detail_groups_measures_by_category_in_order(client, several_measures):
    text = client.get(several_measures.get_absolute_url()).text
    positions = [
        text.index(label)
        for label in (
            "Review and approval",
            "First",
            "Second",
            "Clinical research",
            "Third",
            "Fourth",
        )
    ]
    assert positions == sorted(positions)
    assert 'value="3"' in text


def test_detail_says_how_many_measures_the_policy_states(client, several_measures):
    text = client.get(several_measures.get_absolute_url()).text
    assert (
        "This policy sets out 20 measures; this page lists 4 of them. "
        "The full text has them all."
    ) in text


def test_detail_shows_the_facts_and_the_consultation_link(client, several_measures):
    text = client.get(several_measures.get_absolute_url()).text
    assert "Municipal" in text
    assert "Beijing Municipal Government" in text
    assert "No. 1" in text
    assert "March 1, 2025" in text
    assert "April 1, 2025" in text
    assert "<p>First paragraph.</p>" in text
    contact = reverse("inquiries:create")
    assert f"{contact}?kind=policy&amp;policy={several_measures.slug}" in text


def test_detail_sanitizes_the_text(client):
    policy = PolicyFactory(body_en="<p>Rent subsidy</p><script>alert(1)</script>")
    text = client.get(policy.get_absolute_url()).text
    assert "<p>Rent subsidy</p>" in text
    assert "alert(1)" not in text


def test_detail_links_the_pdf_attachment(client):
    policy = PolicyFactory()
    policy.attachment.save("measures.pdf", ContentFile(b"%PDF-1.4"), save=True)
    text = client.get(policy.get_absolute_url()).text
    assert f"/en/policies/{policy.slug}/attachment.pdf" in text
    assert "(PDF)" in text


def test_detail_in_chinese(client, several_measures):
    url = several_measures.get_absolute_url().replace("/en/", "/zh-hans/", 1)
    text = client.get(url).text
    assert "支持创新医药高质量发展的若干措施" in text
    assert "审评审批" in text
    assert "咨询" in text


def test_detail_costs_a_fixed_number_of_queries(
    client, several_measures, django_assert_num_queries
):
    small = PolicyFactory()
    client.get(small.get_absolute_url())  # caches the footer's site settings
    several_measures.districts.add(DistrictFactory(), DistrictFactory())
    several_measures.industries.add(IndustryFactory())
    several_measures.focus_areas.add(MeasureCategoryFactory())
    # The policy with its issuer; its districts, industries, focus areas; measures;
    # its contacts; its guides.
    with django_assert_num_queries(7):
        client.get(small.get_absolute_url())
    with django_assert_num_queries(7):
        client.get(several_measures.get_absolute_url())


def test_detail_shows_no_template_comment(client, several_measures):
    text = client.get(several_measures.get_absolute_url()).text
    assert "call to action" not in text
    assert "{#" not in text
