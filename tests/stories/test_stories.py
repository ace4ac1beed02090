"""Success stories: list and page, on the home, district, park and organization
pages, the admin, the API; drafts never shown; none published is said plainly."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from apps.accounts import roles
from apps.core.models import Status
from apps.stories.models import Story
from tests.accounts.conftest import make_staff
from tests.core.admin_forms import admin_url
from tests.factories.districts import DistrictFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.stories import StoryFactory, StoryFigureFactory

pytestmark = pytest.mark.django_db

LIST_QUERIES = 4
DETAIL_QUERIES = 3
API_QUERIES = 4


@pytest.fixture
def story(daxing, life_park, biomedicine):
    company = OrganizationFactory(name_en="Helix Bio", slug="helix")
    item = StoryFactory(
        title_en="Helix Bio doubled its lab in Daxing",
        title_zh_hans="Helix生物在大兴扩建实验室",
        slug="helix",
        organization=company,
        district=daxing,
        park=life_park,
        quote_en="The base gave us space within a month.",
        quote_attribution_en="Li Ming, CEO",
    )
    item.industries.add(biomedicine)
    StoryFigureFactory(story=item, value=300, source_url="https://example.org/r")
    return item


def test_list_and_page_show_published_stories_only(client, story):
    StoryFactory(title_en="Draft story", status=Status.DRAFT)
    StoryFactory(
        title_en="Later story", published_at=timezone.now() + dt.timedelta(days=1)
    )
    response = client.get("/en/stories/")
    assert [s.slug for s in response.context["story_list"]] == ["helix"]
    assert "Draft story" not in response.text
    text = client.get("/en/stories/helix/").text
    assert "The base gave us space within a month." in text
    assert "Li Ming, CEO" in text
    assert "300 people" in text
    assert 'href="https://example.org/r"' in text
    assert 'href="/en/directory/helix/"' in text


def test_page_in_chinese(client, story):
    text = client.get("/zh-hans/stories/helix/").text
    assert "Helix生物在大兴扩建实验室" in text
    assert "300人" in text


def test_drafts_are_404(client, db):
    StoryFactory(slug="draft", status=Status.DRAFT)
    assert client.get("/en/stories/draft/").status_code == 404


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "No success stories are published yet."),
        ("zh-hans", "尚未发布成功案例。"),
    ],
)
def test_none_published_is_said_plainly(client, daxing, language, expected):
    assert expected in client.get(f"/{language}/stories/").text
    assert expected in client.get(f"/{language}/districts/daxing/").text


def test_home_district_park_and_organization_pages_show_the_story(client, story):
    for url in (
        "/en/",
        "/en/districts/daxing/",
        "/en/parks/daxing-bio-base/",
        "/en/directory/helix/",
    ):
        assert 'href="/en/stories/helix/"' in client.get(url).text, url


def test_filters_narrow(client, story, changping):
    StoryFactory(slug="north", district=changping)

    def slugs(query):
        return [
            s.slug for s in client.get(f"/en/stories/{query}").context["story_list"]
        ]

    assert slugs("?district=changping") == ["north"]
    assert slugs("?industry=biomedicine") == ["helix"]


def test_a_quote_needs_its_attribution(daxing):
    item = StoryFactory.build(
        district=daxing, organization=OrganizationFactory(), quote_en="Great."
    )
    with pytest.raises(ValidationError) as caught:
        item.full_clean()
    assert "A quote needs the name of who said it." in str(caught.value)


def test_query_counts_do_not_grow(client, story, django_assert_num_queries):
    client.get("/en/stories/")
    with django_assert_num_queries(LIST_QUERIES):
        client.get("/en/stories/")
    with django_assert_num_queries(DETAIL_QUERIES):
        client.get("/en/stories/helix/")
    for _n in range(5):
        StoryFigureFactory(story=story)
        StoryFactory(district=DistrictFactory())
    with django_assert_num_queries(LIST_QUERIES):
        assert len(client.get("/en/stories/").context["story_list"]) == 6
    with django_assert_num_queries(DETAIL_QUERIES):
        client.get("/en/stories/helix/")


def test_api_lists_published_stories_with_figures(
    client, story, django_assert_num_queries
):
    StoryFactory(slug="hidden", status=Status.DRAFT)
    with django_assert_num_queries(API_QUERIES):
        body = client.get("/api/v1/stories/").json()
    assert [s["slug"] for s in body["results"]] == ["helix"]
    assert body["results"][0]["figures"][0]["text"] == "300 people"
    chinese = client.get("/api/v1/stories/helix/", {"lang": "zh-hans"}).json()
    assert chinese["title"] == "Helix生物在大兴扩建实验室"
    csv = client.get("/api/v1/stories/", {"format": "csv"})
    assert b"helix" in b"".join(csv.streaming_content)


def test_admin_opens_and_district_editors_see_their_own(
    client, admin_client, story, changping
):
    for url in (
        admin_url(Story, "changelist"),
        admin_url(Story, "add"),
        admin_url(Story, "change", story.pk),
    ):
        assert admin_client.get(url).status_code == 200
    foreign = StoryFactory(district=changping)
    editor = make_staff("daxing-stories", roles.DISTRICT_EDITORS, [story.district])
    client.force_login(editor)
    response = client.get(admin_url(Story, "changelist"))
    assert {s.pk for s in response.context["cl"].result_list} == {story.pk}
    assert client.get(admin_url(Story, "change", foreign.pk)).status_code == 403


def test_sitemap_and_search(client, story):
    text = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/en/stories/helix/" in text
    assert "/en/stories/helix/" in client.get("/en/search/?q=Helix").text
