"""The sector pages: /industries/ and /industries/<slug>/."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from apps.core.models import Status
from apps.districts.models import IndicatorKind
from tests.factories.agreements import AgreementFactory
from tests.factories.contacts import ContactPersonFactory
from tests.factories.districts import (
    DistrictFactory,
    IndicatorFactory,
    IndustryFactory,
    MetricFactory,
)
from tests.factories.events import EventFactory
from tests.factories.opportunities import OpportunityFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import MeasureFactory, PolicyFactory

pytestmark = pytest.mark.django_db

LIST_QUERIES = 1
# The industry, then one query per section: figures, districts (+ their
# industries), parks, organizations count, policies, upcoming and past events,
# agreements, opportunities, guides, success stories, contacts.
DETAIL_QUERIES = 14


def page(client, slug, lang="en"):
    return client.get(f"/{lang}/industries/{slug}/")


def section(text: str, marker: str) -> str:
    return text.split(f'id="{marker}"')[1].split("</section>")[0]


@pytest.fixture
def sector(biomedicine, daxing, changping):
    """Biomedicine with one live item of every kind, and a draft of each."""
    scale = MetricFactory(
        name_en="Biomedicine scale",
        name_zh_hans="生物医药产业规模",
        unit="CNY",
        industry=biomedicine,
    )
    IndicatorFactory(
        district=changping,
        metric=scale,
        year=2022,
        value=80 * 10**9,
        source_en="Forum 2023",
    )
    IndicatorFactory(
        district=changping,
        metric=scale,
        year=None,
        value=100 * 10**9,
        kind=IndicatorKind.TARGET,
        source_en="Forum 2023",
    )
    # A district-wide figure, not the sector's.
    IndicatorFactory(
        district=changping,
        metric=MetricFactory(name_en="Universities"),
        year=2023,
        value=40,
    )
    IndicatorFactory(
        district=DistrictFactory(name_en="Draft district", status=Status.DRAFT),
        metric=scale,
        year=2022,
        value=7,
    )
    daxing.industries.add(biomedicine)
    ParkFactory(name_en="Bio Base", district=daxing).industries.add(biomedicine)
    ParkFactory(
        name_en="Draft Park", district=daxing, status=Status.DRAFT
    ).industries.add(biomedicine)
    for _ in range(3):
        OrganizationFactory().industries.add(biomedicine)
    OrganizationFactory(status=Status.DRAFT).industries.add(biomedicine)
    policy = PolicyFactory(title_en="Several Measures 2025")
    policy.industries.add(biomedicine)
    MeasureFactory(policy=policy)
    MeasureFactory(policy=policy)
    PolicyFactory(title_en="Draft policy", status=Status.DRAFT).industries.add(
        biomedicine
    )
    EventFactory(title_en="Bio Forum 2030", district=daxing).industries.add(biomedicine)
    past = timezone.now() - dt.timedelta(days=400)
    EventFactory(
        title_en="Bio Conference 2025",
        district=daxing,
        starts_at=past,
        ends_at=past + dt.timedelta(hours=3),
    ).industries.add(biomedicine)
    EventFactory(
        title_en="Scheduled event",
        published_at=timezone.now() + dt.timedelta(days=1),
    ).industries.add(biomedicine)
    AgreementFactory(title_en="Bio Signing", district=daxing).industries.add(
        biomedicine
    )
    OpportunityFactory(title_en="Bio Lab Space", district=daxing).industries.add(
        biomedicine
    )
    ContactPersonFactory(
        name_en="Li Rong", industries=[biomedicine], email="li@invest.example"
    )
    ContactPersonFactory(
        name_en="Draft Contact", industries=[biomedicine], status=Status.DRAFT
    )
    return biomedicine


def test_industry_list_links_every_industry_in_both_languages(
    client, biomedicine, devices
):
    english = client.get("/en/industries/").text
    assert 'href="/en/industries/biomedicine/"' in english
    assert "Medical devices" in english
    chinese = client.get("/zh-hans/industries/").text
    assert 'href="/zh-hans/industries/biomedicine/"' in chinese
    assert "生物医药" in chinese
    assert "医疗器械" in chinese


@pytest.mark.parametrize("size", [1, 6])
def test_industry_list_query_count_is_fixed(
    client, django_assert_num_queries, warm_cache, size
):
    for _ in range(size):
        IndustryFactory()
    with django_assert_num_queries(LIST_QUERIES):
        assert client.get("/en/industries/").status_code == 200


def test_sector_page_shows_only_linked_figures_with_year_and_source(client, sector):
    figures = section(page(client, "biomedicine").text, "sector-figures")
    assert "Biomedicine scale" in figures
    assert "80 billion yuan" in figures
    assert "2022" in figures
    assert "Forum 2023" in figures
    assert "Target" in figures
    assert "100 billion yuan" in figures
    assert 'href="/en/districts/changping/"' in figures
    # A district-wide metric and a draft district's figure stay off.
    assert "Universities" not in figures
    assert "Draft district" not in figures


def test_sector_page_shows_what_every_app_holds_and_no_drafts(client, sector):
    text = page(client, "biomedicine").text
    assert "Daxing" in section(text, "sector-districts")
    assert "Bio Base" in section(text, "sector-parks")
    organizations = section(text, "sector-organizations")
    assert "See all 3 organizations in the directory" in organizations
    assert 'href="/en/directory/?industry=biomedicine"' in organizations
    policies = section(text, "sector-policies")
    assert "Several Measures 2025" in policies
    assert "2 measures" in policies
    events = section(text, "sector-events")
    assert "Bio Forum 2030" in events
    assert "Bio Conference 2025" in events
    assert events.index("Upcoming events") < events.index("Bio Forum 2030")
    assert events.index("Past events") < events.index("Bio Conference 2025")
    assert "Bio Signing" in section(text, "sector-agreements")
    assert "Bio Lab Space" in section(text, "sector-opportunities")
    contacts = section(text, "sector-contacts")
    assert "Li Rong" in contacts
    assert "mailto:li@invest.example" in contacts
    for draft in ("Draft Park", "Draft policy", "Scheduled event", "Draft Contact"):
        assert draft not in text
    assert "Nothing is published for this sector yet" not in text


def test_sector_page_in_chinese(client, sector):
    text = page(client, "biomedicine", "zh-hans").text
    assert "<h1>生物医药</h1>" in text
    assert "生物医药产业规模" in section(text, "sector-figures")
    assert "800亿元" in section(text, "sector-figures")
    assert "副主任" in section(text, "sector-contacts")
    assert 'href="/zh-hans/directory/?industry=biomedicine"' in text


def test_empty_sector_says_nothing_is_published_and_offers_an_inquiry(client, devices):
    text = page(client, "devices").text
    assert "Nothing is published for this sector yet" in text
    assert 'href="/en/contact/?kind=invest&amp;industry=devices"' in text
    chinese = page(client, "devices", "zh-hans").text
    assert "该产业暂无已发布的内容" in chinese


def test_inquiry_link_preselects_the_industry(client, devices):
    response = client.get("/en/contact/?kind=invest&industry=devices")
    assert response.context["form"].initial["industry"] == devices


def test_unknown_sector_returns_404(client, db):
    assert page(client, "no-such-sector").status_code == 404


@pytest.mark.parametrize("size", [1, 5])
def test_sector_page_query_count_is_fixed(
    client, django_assert_num_queries, warm_cache, biomedicine, size
):
    for _ in range(size):
        district = DistrictFactory()
        district.industries.add(biomedicine)
        metric = MetricFactory(industry=biomedicine)
        IndicatorFactory(district=district, metric=metric)
        ParkFactory(district=district).industries.add(biomedicine)
        OrganizationFactory().industries.add(biomedicine)
        PolicyFactory().industries.add(biomedicine)
        EventFactory(district=district).industries.add(biomedicine)
        AgreementFactory(district=district).industries.add(biomedicine)
        OpportunityFactory(district=district).industries.add(biomedicine)
        ContactPersonFactory(industries=[biomedicine])
    with django_assert_num_queries(DETAIL_QUERIES):
        assert page(client, "biomedicine").status_code == 200


def test_industry_badges_link_to_the_sector_page(client, daxing, biomedicine):
    daxing.industries.add(biomedicine)
    park = ParkFactory(district=daxing)
    park.industries.add(biomedicine)
    link = 'href="/en/industries/biomedicine/"'
    assert link in client.get(daxing.get_absolute_url()).text
    assert link in client.get(park.get_absolute_url()).text
    policy = PolicyFactory()
    policy.industries.add(biomedicine)
    assert link in client.get(policy.get_absolute_url()).text


def test_menu_links_to_the_sector_list(client, db):
    assert 'href="/en/industries/"' in client.get("/en/").text


def test_sitemap_lists_sector_pages_in_both_languages(client, biomedicine):
    sitemap = client.get("/sitemap.xml").text
    assert "/en/industries/biomedicine/" in sitemap
    assert "/zh-hans/industries/biomedicine/" in sitemap


def test_search_finds_a_sector_in_english_and_chinese(client, biomedicine):
    english = client.get("/en/search/?q=biomedicine&type=industries").text
    assert 'href="/en/industries/biomedicine/"' in english
    chinese = client.get("/zh-hans/search/?q=生物医药&type=industries").text
    assert 'href="/zh-hans/industries/biomedicine/"' in chinese


@pytest.mark.parametrize(
    ("lang", "guide_title", "story_title", "heading"),
    [
        ("en", "Settling a biotech lab", "A lab that grew", "Success stories"),
        ("zh-hans", "生物实验室落户指南", "一家成长的实验室", "成功案例"),
    ],
)
def test_sector_page_shows_its_guides_and_success_stories(
    client, biomedicine, lang, guide_title, story_title, heading
):
    from tests.factories.guides import GuideFactory
    from tests.factories.stories import StoryFactory

    guide = GuideFactory(
        title_en="Settling a biotech lab", title_zh_hans="生物实验室落户指南"
    )
    guide.industries.add(biomedicine)
    story = StoryFactory(title_en="A lab that grew", title_zh_hans="一家成长的实验室")
    story.industries.add(biomedicine)
    StoryFactory(title_en="Elsewhere", title_zh_hans="别处")  # not this sector's
    text = client.get(f"/{lang}/industries/{biomedicine.slug}/").text
    assert guide_title in text
    assert story_title in text
    assert heading in text
    assert "Elsewhere" not in text
    assert "别处" not in text
