"""Staff-written rich text reaches a public page only through the nh3 allow-list."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from apps.core.sanitize import sanitize_html
from tests.factories.agreements import AgreementFactory
from tests.factories.districts import DistrictFactory
from tests.factories.events import EventFactory
from tests.factories.news import ArticleFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory

VECTORS = [
    line
    for line in (Path(__file__).parent / "data" / "xss_vectors.txt")
    .read_text()
    .splitlines()
    if line and not line.startswith("#")
]
DANGEROUS_TAGS = {
    "script",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "style",
    "base",
    "link",
    "meta",
    "form",
    "input",
    "button",
    "frame",
    "frameset",
    "template",
    "img",
}
BAD_SCHEME = re.compile(r"^(javascript|vbscript|data):", re.IGNORECASE)


class _Audit(HTMLParser):
    """Everything in a page that could run a script, except the page's own
    scripts (same-origin files and JSON-LD data)."""

    def __init__(self):
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and (
            attrs.get("type") == "application/ld+json"
            or (attrs.get("src") or "").startswith("/static/")
        ):
            return
        if tag == "link" and attrs.get("rel") in {
            "stylesheet",
            "icon",
            "canonical",
            "alternate",
        }:
            return
        if tag == "meta" and "http-equiv" not in attrs:
            return
        if tag in DANGEROUS_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.problems.append(f"{name}= on <{tag}>")
            if name == "style":
                self.problems.append(f"style= on <{tag}>")
            # What a browser ignores in a URL: controls, spaces, tabs, newlines.
            cleaned = re.sub(r"[\x00-\x20]", "", value or "")
            if BAD_SCHEME.match(cleaned):
                self.problems.append(f"{name}={value!r} on <{tag}>")


def audit(html: str) -> list[str]:
    parser = _Audit()
    parser.feed(html)
    return parser.problems


def test_there_are_a_few_hundred_vectors():
    assert len(VECTORS) >= 300


def test_the_audit_finds_what_an_unsanitized_vector_would_do():
    assert audit("<p><img src=x onerror=alert(1)></p>")
    assert audit('<a href=" javascript:alert(1)">x</a>')
    assert audit("<script>alert(1)</script>")


def test_every_vector_is_cleaned_by_the_sanitizer():
    for vector in VECTORS:
        cleaned = sanitize_html(vector)
        assert audit(cleaned) == [], (vector, cleaned)
        assert not re.search(r"<[^>]*\son\w+\s*=", cleaned, re.IGNORECASE), vector


@pytest.mark.django_db
def test_every_vector_saved_in_a_news_article_renders_harmless(client):
    # The page's own controls (the header's search form) are the baseline: a
    # vector may add nothing to them.
    baseline = page_problems(client, ArticleFactory(body_en="Plain text."))
    articles = [ArticleFactory(body_en=vector) for vector in VECTORS]
    for article, vector in zip(articles, VECTORS, strict=True):
        assert page_problems(client, article) == baseline, vector


def page_problems(client, obj) -> list[str]:
    response = client.get(obj.get_absolute_url())
    assert response.status_code == 200
    return audit(response.content.decode())


BODIES = [
    (lambda body: DistrictFactory(body_en=body), "district"),
    (lambda body: ParkFactory(body_en=body), "park"),
    (lambda body: OrganizationFactory(description_en=body), "organization"),
    (lambda body: EventFactory(body_en=body), "event"),
    (lambda body: AgreementFactory(body_en=body), "agreement"),
    (lambda body: PolicyFactory(body_en=body), "policy"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("build", "kind"), BODIES, ids=[kind for _b, kind in BODIES])
def test_rich_text_of_every_content_page_is_sanitized(client, build, kind):
    baseline = page_problems(client, build("Plain text."))
    assert baseline == ["<form>", "<input>", "<button>"]  # the header's search box
    for start in range(0, len(VECTORS), 50):
        obj = build("\n".join(VECTORS[start : start + 50]))
        assert page_problems(client, obj) == baseline, (kind, start)


def test_plain_text_keeps_its_paragraphs_and_is_escaped():
    assert sanitize_html("First line.\n\nRent < 5 & tax > 0") == (
        "<p>First line.</p>\n\n<p>Rent &lt; 5 &amp; tax &gt; 0</p>"
    )


def test_allowed_markup_is_kept_and_links_get_noopener():
    html = sanitize_html(
        '<h2>Support</h2><p>See <a href="https://example.com" target="_blank">'
        "the notice</a>.</p><ul><li><strong>Rent</strong> subsidy</li></ul>"
    )
    assert "<h2>Support</h2>" in html
    assert '<a href="https://example.com" rel="noopener noreferrer">' in html
    assert "<li><strong>Rent</strong> subsidy</li>" in html
    assert "target" not in html
