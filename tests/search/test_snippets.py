"""Result snippets show the text of rich-text bodies as a reader sees it, never
their markup, in both languages."""

from __future__ import annotations

import re

import pytest

from apps.search.highlight import SearchTerms, highlight, html_text
from tests.factories.news import ArticleFactory

pytestmark = pytest.mark.django_db

BODY_EN = (
    "<h2>Trial centre</h2><p>The park opened a <strong>clinical</strong> research "
    'ward.</p><p>R&amp;D teams &amp; <a href="https://example.com/x">partners</a> '
    "join.</p><ul><li>Beds</li><li>Labs</li></ul>"
)
BODY_ZH = (
    "<h2>试验中心</h2><p>园区启用了<strong>临床</strong>研究病房。</p>"
    '<p>研发团队与<a href="https://example.com/x">合作伙伴</a>加入。</p>'
)


def _snippet(client, language: str, query: str) -> str:
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    return re.search(r'class="search-result__snippet">(.*?)</p>', html, re.S).group(1)


def test_english_snippet_is_the_bodys_text(client):
    ArticleFactory(title_en="Ward news", summary_en="", body_en=BODY_EN)

    snippet = _snippet(client, "en", "clinical")

    assert snippet == (
        "Trial centre The park opened a <mark>clinical</mark> research ward. "
        "R&amp;D teams &amp; partners join. Beds Labs"
    )


def test_chinese_snippet_is_the_bodys_text(client):
    ArticleFactory(
        title_en="Ward news",
        title_zh_hans="病房新闻",
        summary_zh_hans="",
        body_zh_hans=BODY_ZH,
    )

    snippet = _snippet(client, "zh-hans", "临床")

    assert "<mark>临床</mark>研究病房。" in snippet
    assert "研发团队与合作伙伴加入。" in snippet
    assert "&lt;" not in snippet
    assert "strong" not in snippet
    assert "href" not in snippet


def test_markup_cut_off_by_the_length_limit_does_not_show():
    text = html_text('<p>Genome labs</p><p>see <a href="https://exa')
    assert text == "Genome labs see"


def test_scripts_are_not_text_and_a_typed_tag_stays_escaped():
    snippet = highlight(
        "<p>Genome</p><script>alert(1)</script><p>&lt;b&gt; is a tag</p>",
        SearchTerms.parse("genome"),
    )
    assert snippet == "<mark>Genome</mark> &lt;b&gt; is a tag"
