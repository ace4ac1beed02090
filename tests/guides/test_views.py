"""The guide list and pages, and the guides on district, park and policy pages."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from apps.core.models import Status
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.guides import GuideFactory, GuideStepFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory

pytestmark = pytest.mark.django_db

LIST_QUERIES = 5
DETAIL_QUERIES = 6


@pytest.fixture
def setup_guide(daxing, life_park, biomedicine):
    authority = OrganizationFactory(name_en="Daxing Market Bureau", slug="market")
    guide = GuideFactory(
        title_en="Setting up a company in Daxing",
        title_zh_hans="在大兴设立企业",
        slug="setting-up",
        summary_en="From the name check to the business licence.",
        districts=[daxing],
        parks=[life_park],
        industries=[biomedicine],
    )
    GuideStepFactory(
        guide=guide,
        order=2,
        title_en="Apply for the business licence",
        title_zh_hans="申领营业执照",
        authority_en="Market regulation bureau",
        organization=authority,
        typical_time_en="3 working days",
        typical_time_zh_hans="3个工作日",
        documents_en="Articles of association\nLease contract",
        link="https://example.org/licence",
    )
    GuideStepFactory(guide=guide, order=1, title_en="Check the company name")
    return guide


def test_list_shows_published_guides_only(client, setup_guide):
    GuideFactory(title_en="Draft guide", status=Status.DRAFT)
    GuideFactory(
        title_en="Later guide", published_at=timezone.now() + dt.timedelta(days=1)
    )
    response = client.get("/en/guides/")
    assert response.status_code == 200
    assert [g.title for g in response.context["guide_list"]] == [
        "Setting up a company in Daxing"
    ]
    assert "Draft guide" not in response.text
    assert "Later guide" not in response.text


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "No guides are published yet."), ("zh-hans", "尚未发布办事指南。")],
)
def test_empty_list_says_so(client, db, language, expected):
    assert expected in client.get(f"/{language}/guides/").text


def test_filters_narrow(client, setup_guide, changping):
    GuideFactory(
        title_en="Changping guide", districts=[changping], audience="investors"
    )

    def titles(query):
        return {
            g.title for g in client.get(f"/en/guides/{query}").context["guide_list"]
        }

    assert titles("?district=changping") == {"Changping guide"}
    assert titles("?park=daxing-bio-base") == {"Setting up a company in Daxing"}
    assert titles("?industry=biomedicine") == {"Setting up a company in Daxing"}
    assert titles("?audience=investors") == {"Changping guide"}
    response = client.get("/en/guides/?audience=castle")
    assert response.status_code == 200
    assert "Some filters are not valid" in response.text


def test_detail_shows_the_steps_in_order_with_authority_time_and_documents(
    client, setup_guide
):
    response = client.get("/en/guides/setting-up/")
    assert response.status_code == 200
    steps = [step.title for step in response.context["steps"]]
    assert steps == ["Check the company name", "Apply for the business licence"]
    text = response.text
    assert "Authority responsible" in text
    assert 'href="/en/directory/market/"' in text
    assert "3 working days" in text
    assert "<li>Lease contract</li>" in text
    assert 'href="https://example.org/licence"' in text
    assert 'href="/en/districts/daxing/"' in text


def test_detail_in_chinese(client, setup_guide):
    text = client.get("/zh-hans/guides/setting-up/").text
    assert "在大兴设立企业" in text
    assert "申领营业执照" in text
    assert "3个工作日" in text
    assert "办理部门" in text


def test_a_guide_without_steps_says_so(client, db):
    GuideFactory(slug="empty")
    text = client.get("/en/guides/empty/").text
    assert "The steps of this guide are not published yet" in text


def test_draft_and_scheduled_guides_are_404(client, db):
    GuideFactory(slug="draft", status=Status.DRAFT)
    GuideFactory(slug="later", published_at=timezone.now() + dt.timedelta(days=1))
    assert client.get("/en/guides/draft/").status_code == 404
    assert client.get("/en/guides/later/").status_code == 404


def test_get_absolute_url_resolves(setup_guide):
    assert setup_guide.get_absolute_url() == "/en/guides/setting-up/"


def test_district_park_and_policy_pages_link_their_guides(client, setup_guide, daxing):
    policy = PolicyFactory(slug="measures")
    GuideFactory(title_en="Applying for the measures", slug="apply", policies=[policy])
    GuideFactory(title_en="Hidden guide", districts=[daxing], status=Status.DRAFT)
    district = client.get("/en/districts/daxing/").text
    assert 'href="/en/guides/setting-up/"' in district
    assert "Hidden guide" not in district
    assert (
        'href="/en/guides/setting-up/"' in client.get("/en/parks/daxing-bio-base/").text
    )
    assert 'href="/en/guides/apply/"' in client.get("/en/policies/measures/").text


def test_a_district_without_guides_says_so(client, changping):
    text = client.get("/en/districts/changping/").text
    assert "No guide is published for this page yet." in text


def test_list_and_detail_query_counts_do_not_grow(
    client, setup_guide, django_assert_num_queries
):
    client.get("/en/guides/")
    with django_assert_num_queries(LIST_QUERIES):
        client.get("/en/guides/")
    with django_assert_num_queries(DETAIL_QUERIES):
        client.get("/en/guides/setting-up/")
    for _n in range(5):
        GuideFactory(districts=[DistrictFactory()], industries=[IndustryFactory()])
        GuideStepFactory(guide=setup_guide, organization=OrganizationFactory())
    setup_guide.parks.add(ParkFactory())
    with django_assert_num_queries(LIST_QUERIES):
        assert len(client.get("/en/guides/").context["guide_list"]) == 6
    with django_assert_num_queries(DETAIL_QUERIES):
        assert len(client.get("/en/guides/setting-up/").context["steps"]) == 7


def test_sitemap_and_menu_list_guides(client, setup_guide):
    GuideFactory(slug="draft-guide", status=Status.DRAFT)
    text = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/en/guides/setting-up/" in text
    assert "http://testserver/zh-hans/guides/" in text
    assert "draft-guide" not in text
    assert 'href="/en/guides/"' in client.get("/en/guides/").text


def test_search_finds_guides(client, setup_guide):
    response = client.get("/en/search/?q=business+licence&type=guides")
    assert response.status_code == 200
    response = client.get("/en/search/?q=Setting+up")
    assert "/en/guides/setting-up/" in response.text
