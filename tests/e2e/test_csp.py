"""The strict Content-Security-Policy breaks nothing: Chromium reports no
violation on public pages or in the admin (login, changelist, change forms with
autocomplete, inlines and the rich-text editor)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from apps.core.models import Status
from tests.factories.districts import DistrictFactory
from tests.factories.events import EventFactory, SessionFactory
from tests.factories.news import ArticleFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "correct-horse-battery-staple"


def _watch(page) -> list[str]:
    """Collect every CSP violation the page reports (console and DOM event)."""
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e =>"
        " console.error('Content Security Policy violation: '"
        " + e.violatedDirective + ' ' + e.blockedURI));"
    )
    return violations


def test_public_pages_report_no_csp_violation(page):
    district = DistrictFactory(
        body_en="<p>Profile with <strong>markup</strong>.</p>", status=Status.PUBLISHED
    )
    park = ParkFactory(district=district, latitude=39.7, longitude=116.3)
    article = ArticleFactory()
    policy = PolicyFactory()
    violations = _watch(page)
    for url in [
        "/en/",
        district.get_absolute_url(),
        park.get_absolute_url(),
        article.get_absolute_url(),
        policy.get_absolute_url(),
        "/en/contact/",
        "/en/no-such-page/",
    ]:
        page.goto(url)
        page.wait_for_load_state("load")
    assert violations == []
    # The park map (Leaflet, a same-origin script) did start.
    page.goto(park.get_absolute_url())
    expect(page.locator(".leaflet-container")).to_have_count(1)


def test_admin_reports_no_csp_violation(page, django_user_model):
    django_user_model.objects.create_superuser("staff", "staff@example.com", PASSWORD)
    park = ParkFactory()
    event = EventFactory()
    SessionFactory(event=event)
    article = ArticleFactory(body_en="<h2>Heading</h2><ul><li>Item</li></ul>")
    violations = _watch(page)

    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Username").fill("staff")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto("/admin/parks/park/")
    page.goto(f"/admin/parks/park/{park.pk}/change/")
    # Autocomplete (select2) opens and inlines add a row: scripts work.
    page.locator(".field-district .select2-selection").first.click()
    expect(page.locator(".select2-results__option").first).to_be_visible()
    page.keyboard.press("Escape")
    page.locator("#images-group .add-row a").click()
    expect(page.locator("#images-0")).to_be_visible()
    page.goto(f"/admin/events/event/{event.pk}/change/")
    page.goto("/admin/events/event/add/")
    page.locator("#id_title_en").press_sequentially("Forum")
    expect(page.locator("#id_slug")).to_have_value("forum")
    # The rich-text editor (an import map, module scripts and Tiptap's injected
    # style) starts and edits under the nonce and the style's hash.
    page.goto(f"/admin/news/article/{article.pk}/change/")
    editor = page.locator(".fieldBox.field-body_en .prose-editor .tiptap")
    expect(editor.locator("h2")).to_have_text("Heading")
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.type("More")
    expect(editor.locator("li")).to_have_count(1)
    expect(page.locator("style[data-tiptap-style]")).to_have_count(1)
    assert violations == []


def test_an_injected_inline_script_is_blocked_and_reported(page):
    violations = _watch(page)
    page.goto("/en/")
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.injected = true'; document.body.append(s); }"
    )
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.injected === undefined")
    assert any("script-src" in text for text in violations)
