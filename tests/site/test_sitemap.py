from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from apps.core.models import Status
from tests.factories.agreements import AgreementFactory
from tests.factories.news import ArticleFactory
from tests.factories.policies import PolicyFactory

pytestmark = pytest.mark.django_db

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def sitemap(client) -> ET.Element:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    # Our own response, not untrusted input.
    return ET.fromstring(response.content)  # noqa: S314


def locations(root: ET.Element) -> list[str]:
    return [loc.text for loc in root.findall("s:url/s:loc", NS)]


def test_sitemap_lists_the_home_page_in_both_languages(client):
    locs = locations(sitemap(client))
    assert "http://testserver/en/" in locs
    assert "http://testserver/zh-hans/" in locs


def test_sitemap_lists_published_content_in_both_languages(client):
    agreement = AgreementFactory(slug="twelve-projects")
    policy = PolicyFactory(slug="several-measures")
    article = ArticleFactory(slug="forum-opens")
    locs = locations(sitemap(client))
    for item in (agreement, policy, article):
        path = item.get_absolute_url()
        assert f"http://testserver{path}" in locs
        assert f"http://testserver{path.replace('/en/', '/zh-hans/', 1)}" in locs


def test_sitemap_never_lists_drafts_or_scheduled_items(client):
    later = timezone.now() + dt.timedelta(days=1)
    AgreementFactory(slug="draft-agreement", status=Status.DRAFT)
    PolicyFactory(slug="scheduled-policy", published_at=later)
    ArticleFactory(slug="draft-article", status=Status.DRAFT)
    ArticleFactory(slug="scheduled-article", published_at=later)
    text = " ".join(locations(sitemap(client)))
    for slug in (
        "draft-agreement",
        "scheduled-policy",
        "draft-article",
        "scheduled-article",
    ):
        assert slug not in text


def test_each_url_has_hreflang_alternates_for_both_languages_and_x_default(client):
    article = ArticleFactory(slug="forum-opens")
    root = sitemap(client)
    english = f"http://testserver/en/news/{article.slug}/"
    (entry,) = [
        url
        for url in root.findall("s:url", NS)
        if url.findtext("s:loc", namespaces=NS) == english
    ]
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in entry.findall("xhtml:link", NS)
    }
    assert alternates == {
        "en": english,
        "zh-hans": f"http://testserver/zh-hans/news/{article.slug}/",
        "x-default": f"http://testserver/news/{article.slug}/",
    }


def test_x_default_address_redirects_readers_to_their_language(client):
    article = ArticleFactory(slug="forum-opens")
    response = client.get(f"/news/{article.slug}/", HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert response.status_code == 302
    assert response["Location"] == f"/zh-hans/news/{article.slug}/"


def test_sitemap_gives_last_modification_dates(client):
    ArticleFactory(slug="forum-opens")
    root = sitemap(client)
    lastmods = [
        url.findtext("s:lastmod", namespaces=NS)
        for url in root.findall("s:url", NS)
        if "forum-opens" in url.findtext("s:loc", namespaces=NS)
    ]
    assert len(lastmods) == 2
    assert all(lastmods)


def test_robots_txt_points_to_the_absolute_sitemap_address(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.text.splitlines()


def test_pages_carry_canonical_hreflang_and_open_graph_tags(client):
    policy = PolicyFactory(slug="several-measures", summary_en="What it covers.")
    text = client.get(policy.get_absolute_url()).text
    assert (
        '<link rel="canonical" href="http://testserver/en/policies/several-measures/">'
        in text
    )
    assert (
        'hreflang="zh-hans" href="http://testserver/zh-hans/policies/several-measures/"'
        in text
    )
    assert (
        'hreflang="x-default" href="http://testserver/policies/several-measures/"'
        in text
    )
    assert '<meta property="og:description" content="What it covers.">' in text
    assert '<meta property="og:type" content="article">' in text
