from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from apps.core.models import Status
from apps.core.templatetags.portal import thumbnail
from tests.factories.agreements import AgreementFactory
from tests.factories.districts import DistrictFactory
from tests.factories.events import EventFactory
from tests.factories.news import ArticleFactory

pytestmark = pytest.mark.django_db

LIST = reverse("news:list")
ATOM = "{http://www.w3.org/2005/Atom}"

# A 1x1 transparent PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082"
)


def parse_xml(content: bytes) -> ET.Element:
    # Our own response, not untrusted input.
    return ET.fromstring(content)  # noqa: S314


@pytest.fixture
def newsroom():
    """Two live articles (older and newer), a draft and a scheduled one."""
    now = timezone.now()
    older = ArticleFactory(
        title_en="Forum opens", published_at=now - dt.timedelta(days=2)
    )
    newer = ArticleFactory(
        title_en="Twelve projects signed", published_at=now - dt.timedelta(hours=1)
    )
    ArticleFactory(title_en="Unfinished draft", status=Status.DRAFT)
    ArticleFactory(
        title_en="Embargoed announcement", published_at=now + dt.timedelta(days=1)
    )
    return older, newer


def test_list_shows_live_articles_newest_first(client, newsroom):
    response = client.get(LIST)
    text = response.text
    assert response.status_code == 200
    assert text.index("Twelve projects signed") < text.index("Forum opens")
    assert "Unfinished draft" not in text
    assert "Embargoed announcement" not in text


def test_draft_and_scheduled_articles_return_404(client):
    draft = ArticleFactory(status=Status.DRAFT)
    scheduled = ArticleFactory(published_at=timezone.now() + dt.timedelta(minutes=5))
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404


def test_scheduled_article_appears_once_its_time_comes(client):
    moment = timezone.now() + dt.timedelta(days=1)
    article = ArticleFactory(title_en="Embargoed", published_at=moment)
    assert "Embargoed" not in client.get(LIST).text
    with time_machine.travel(moment + dt.timedelta(minutes=1)):
        assert "Embargoed" in client.get(LIST).text
        assert client.get(article.get_absolute_url()).status_code == 200


def test_district_filter_narrows_the_list(client):
    daxing = DistrictFactory(slug="daxing")
    ArticleFactory(title_en="About Daxing").districts.add(daxing)
    ArticleFactory(title_en="About elsewhere")
    response = client.get(LIST, {"district": "daxing"})
    assert [a.title for a in response.context["object_list"]] == ["About Daxing"]


@pytest.mark.parametrize(
    "params", [{"district": "nowhere"}, {"page": "x"}, {"page": "-3"}]
)
def test_bad_parameters_never_give_a_server_error(client, params):
    ArticleFactory()
    assert client.get(LIST, params).status_code in {200, 404}


def test_list_costs_a_fixed_number_of_queries(client, django_assert_num_queries):
    client.get(LIST)  # the footer's site settings are cached from now on
    ArticleFactory()
    with django_assert_num_queries(3):
        client.get(LIST)
    ArticleFactory.create_batch(12)
    with django_assert_num_queries(3):
        response = client.get(LIST)
    assert len(response.context["object_list"]) == 13


def test_detail_shows_the_article_with_paragraphs_and_source(client):
    article = ArticleFactory(
        title_en="Forum opens",
        summary_en="The forum opened in Daxing.",
        body_en="First paragraph.\n\nSecond paragraph.",
        source_name_en="Beijing Daily",
        source_url="https://example.org/story",
    )
    text = client.get(article.get_absolute_url()).text
    assert "<h1>Forum opens</h1>" in text
    assert "The forum opened in Daxing." in text
    assert "<p>First paragraph.</p>" in text
    assert "<p>Second paragraph.</p>" in text
    assert 'href="https://example.org/story"' in text
    assert "Beijing Daily" in text


def test_detail_never_renders_raw_html_from_the_body(client):
    article = ArticleFactory(body_en='<img src=x onerror="alert(1)">Hello')
    text = client.get(article.get_absolute_url()).text
    # Rich text is sanitized (apps/core/sanitize.py): the image and its handler go.
    assert "<img src=x" not in text
    assert "onerror" not in text
    assert "Hello" in text


def test_detail_shows_the_cover_image_with_its_description(client):
    article = ArticleFactory(cover_alt_en="Guests at the forum")
    article.cover_image = SimpleUploadedFile("cover.png", PNG, "image/png")
    article.save()
    text = client.get(article.get_absolute_url()).text
    hero = thumbnail(article.cover_image, "hero")  # the pre-made 1200 x 480 version
    assert f'src="{hero}" alt="Guests at the forum"' in text
    assert 'property="og:image"' in text


def test_detail_lists_only_live_related_content(client):
    article = ArticleFactory()
    article.districts.add(DistrictFactory(name_en="Daxing District"))
    article.events.add(EventFactory(title_en="Biomedicine forum"))
    article.agreements.add(
        AgreementFactory(title_en="Secret deal", status=Status.DRAFT),
        AgreementFactory(title_en="Public deal"),
    )
    text = client.get(article.get_absolute_url()).text
    assert "Daxing District" in text
    assert "Biomedicine forum" in text
    assert "Public deal" in text
    assert "Secret deal" not in text
    public = article.agreements.get(title_en="Public deal")
    assert f'href="{public.get_absolute_url()}"' in text


def test_detail_in_chinese(client):
    article = ArticleFactory(title_zh_hans="论坛开幕")
    url = article.get_absolute_url().replace("/en/", "/zh-hans/", 1)
    response = client.get(url)
    assert response.status_code == 200
    assert "论坛开幕" in response.text


def test_detail_costs_a_fixed_number_of_queries(client, django_assert_num_queries):
    bare = ArticleFactory()
    rich = ArticleFactory()
    rich.districts.add(DistrictFactory(), DistrictFactory())
    rich.events.add(EventFactory())
    rich.agreements.add(AgreementFactory(), AgreementFactory())
    client.get(bare.get_absolute_url())  # caches the footer's site settings
    with django_assert_num_queries(4):
        client.get(bare.get_absolute_url())
    with django_assert_num_queries(4):
        client.get(rich.get_absolute_url())


def test_rss_feed_is_valid_xml_with_live_items_newest_first(client, newsroom):
    response = client.get(reverse("news:feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = parse_xml(response.content)
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    items = root.findall("./channel/item")
    assert [item.findtext("title") for item in items] == [
        "Twelve projects signed",
        "Forum opens",
    ]
    assert items[0].findtext("link").endswith(newsroom[1].get_absolute_url())


def test_atom_feed_is_valid_xml_with_live_items(client, newsroom):
    response = client.get(reverse("news:atom"))
    assert response.status_code == 200
    root = parse_xml(response.content)
    assert root.tag == f"{ATOM}feed"
    titles = [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]
    assert titles == ["Twelve projects signed", "Forum opens"]


def test_chinese_feed_has_chinese_titles(client):
    ArticleFactory(title_zh_hans="论坛开幕")
    response = client.get(reverse("news:feed").replace("/en/", "/zh-hans/", 1))
    root = parse_xml(response.content)
    assert root.findtext("./channel/item/title") == "论坛开幕"
    assert root.findtext("./channel/language") == "zh-hans"


def test_feed_answers_not_modified_when_nothing_changed(client, newsroom):
    first = client.get(reverse("news:feed"))
    assert first.has_header("ETag")
    assert first.has_header("Last-Modified")
    again = client.get(reverse("news:feed"), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    ArticleFactory(title_en="Fresh news")
    changed = client.get(reverse("news:feed"), HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert b"Fresh news" in changed.content


def test_news_pages_announce_the_feeds(client):
    text = client.get(LIST).text
    assert (
        f'type="application/rss+xml" title="News (RSS)" href="{reverse("news:feed")}"'
        in text
    )
