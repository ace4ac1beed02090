"""The rich-text editor: Tiptap under the strict CSP, the public allow-list on save,
and the migration of plain-text bodies that leaves public pages as they were."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import django_prose_editor
import pytest
from django.apps import apps
from django_prose_editor.config import allowlist_from_extensions
from django_prose_editor.widgets import AdminProseEditorWidget

from apps.core.editor import (
    TIPTAP_STYLE_HASH,
    plain_text_bodies_to_html,
    plain_text_to_html,
)
from apps.core.models import Status
from apps.core.sanitize import ALLOWED_TAGS
from apps.news.models import Article
from tests.core.admin_forms import admin_url, form_errors, publishing_data
from tests.factories.agreements import AgreementFactory
from tests.factories.districts import DistrictFactory
from tests.factories.events import EventFactory
from tests.factories.news import ArticleFactory
from tests.factories.opportunities import OpportunityFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory

BUNDLE = Path(django_prose_editor.__file__).parent / "static/django_prose_editor"
RICH_FIELDS = [
    ("districts.District", "body"),
    ("parks.Park", "body"),
    ("organizations.Organization", "description"),
    ("events.Event", "body"),
    ("agreements.Agreement", "body"),
    ("policies.Policy", "body"),
    ("news.Article", "body"),
    ("opportunities.Opportunity", "body"),
]


def _injected_style() -> str:
    """The CSS Tiptap's editor injects as a <style> (`injectCSS`), as shipped."""
    bundle = (BUNDLE / "editor.js").read_text(encoding="utf-8")
    found = re.findall(r"=`(\.ProseMirror \{.*?)`", bundle, re.DOTALL)
    assert len(found) == 1, "Tiptap's injected style moved: recompute its hash"
    return found[0]


def test_the_csp_hash_is_that_of_the_style_the_installed_tiptap_injects():
    digest = hashlib.sha256(_injected_style().encode()).digest()
    assert f"'sha256-{base64.b64encode(digest).decode()}'" == TIPTAP_STYLE_HASH


@pytest.mark.parametrize(("label", "field"), RICH_FIELDS)
def test_every_body_field_in_both_languages_gets_the_editor(label, field):
    model = apps.get_model(label)
    for name in (f"{field}_en", f"{field}_zh_hans"):
        widget = model._meta.get_field(name).formfield(widget=AdminProseEditorWidget)
        config = widget.widget.get_config()
        assert config["extensions"]["Heading"] == {"levels": [2, 3, 4]}
        # What the editor may write is exactly what a public page keeps.
        assert allowlist_from_extensions(config["extensions"])["tags"] == set(
            ALLOWED_TAGS
        )


def test_the_public_pages_keep_headings_h2_to_h4_only():
    assert {"h2", "h3", "h4"} <= ALLOWED_TAGS
    assert not {"h1", "h5", "h6", "img", "span", "div"} & ALLOWED_TAGS


@pytest.mark.django_db
def test_the_admin_change_form_runs_the_editor_under_a_nonce(admin_client):
    article = ArticleFactory(body_en="<p>Text</p>")
    response = admin_client.get(admin_url(Article, "change", article.pk))
    assert response.status_code == 200
    policy = response.headers["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    directives = dict(
        part.strip().split(" ", 1) for part in policy.split(";") if part.strip()
    )
    assert f"'nonce-{nonce}'" in directives["script-src"]
    assert TIPTAP_STYLE_HASH in directives["style-src"]
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    html = response.text
    assert f'<script type="importmap" nonce="{nonce}">' in html
    assert "django_prose_editor/editor.js" in html
    assert "data-django-prose-editor-configurable" in html


@pytest.mark.django_db
def test_public_pages_get_no_nonce_nor_style_hash(client):
    article = ArticleFactory()
    policy = client.get(article.get_absolute_url()).headers["Content-Security-Policy"]
    assert "nonce-" not in policy
    assert "sha256-" not in policy


@pytest.mark.django_db
def test_a_body_saved_in_the_admin_keeps_only_what_the_public_page_keeps(
    admin_client,
):
    article = ArticleFactory(status=Status.DRAFT)
    response = admin_client.post(
        admin_url(Article, "change", article.pk),
        {
            **publishing_data(Status.DRAFT),
            "title_en": article.title_en,
            "title_zh_hans": "",
            "slug": article.slug,
            "summary_en": "Summary",
            "body_en": (
                '<h1>Big</h1><h2>Support</h2><p onclick="x()">Rent <strong>'
                'subsidy</strong> <a href="javascript:alert(1)">x</a></p>'
                "<script>alert(1)</script><ul><li>One</li></ul>"
            ),
            "body_zh_hans": "<p></p>",
        },
    )
    assert response.status_code == 302, form_errors(response)
    article.refresh_from_db()
    assert article.body_en == (
        "Big<h2>Support</h2><p>Rent <strong>subsidy</strong> "
        '<a rel="noopener noreferrer">x</a></p><ul><li>One</li></ul>'
    )
    assert article.body_zh_hans == ""  # the editor's empty document is empty


PLAIN = "First paragraph, rent < 5 & tax.\n\nSecond paragraph\nwith a line break."
BUILDS = [
    (lambda: DistrictFactory(body_en=PLAIN), "districts.District", "body"),
    (lambda: ParkFactory(body_en=PLAIN), "parks.Park", "body"),
    (
        lambda: OrganizationFactory(description_en=PLAIN),
        "organizations.Organization",
        "description",
    ),
    (lambda: EventFactory(body_en=PLAIN), "events.Event", "body"),
    (lambda: AgreementFactory(body_en=PLAIN), "agreements.Agreement", "body"),
    (lambda: PolicyFactory(body_en=PLAIN), "policies.Policy", "body"),
    (lambda: ArticleFactory(body_en=PLAIN), "news.Article", "body"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("build", "label", "field"), BUILDS, ids=[label for _b, label, _f in BUILDS]
)
def test_the_migration_to_html_leaves_the_public_page_as_it_was(
    client, settings, build, label, field
):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    obj = build()
    before = client.get(obj.get_absolute_url())
    plain_text_bodies_to_html(label, field)(apps, None)
    obj.refresh_from_db()
    assert getattr(obj, f"{field}_en").startswith("<p>First paragraph, rent &lt; 5")
    after = client.get(obj.get_absolute_url())
    assert after.status_code == before.status_code == 200
    assert after.text == before.text


@pytest.mark.django_db
def test_an_opportunity_body_keeps_showing_angle_brackets_as_text(client, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    opportunity = OpportunityFactory(body_en="Land <b>not</b> yet zoned.\n\nAsk us.")
    migrate = plain_text_bodies_to_html(
        "opportunities.Opportunity", "body", escaped=True
    )
    migrate(apps, None)
    page = client.get(opportunity.get_absolute_url()).text
    assert "<p>Land &lt;b&gt;not&lt;/b&gt; yet zoned.</p>" in page
    assert "<p>Ask us.</p>" in page


def test_markup_already_in_a_body_is_kept_as_the_editor_writes_it():
    assert plain_text_to_html(
        '<p>A <b>bold</b> and <i>new</i> <a href="x">link</a>'
    ) == (
        "<p>A <strong>bold</strong> and <em>new</em> "
        '<a href="x" rel="noopener noreferrer">link</a></p>'
    )
    assert plain_text_to_html("<p onclick='x()'>Hi</p><script>x()</script>") == (
        "<p>Hi</p>"
    )
