"""A content editor writes an article in the rich-text editor, previews the draft,
publishes it, and readers see its structure: all under the strict CSP."""

from __future__ import annotations

import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from apps.accounts import roles
from apps.core.models import Status
from apps.news.models import Article
from tests.e2e.test_csp import _watch

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "correct-horse-battery-staple"
BANNER = "Preview — not published"


def _content_editor():
    roles.sync_roles(apps)
    user = get_user_model().objects.create_user(
        "editor", "editor@invest.example", PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=roles.CONTENT_EDITORS))
    return user


def _log_in(page, next_url: str) -> None:
    page.goto(f"/admin/login/?next={next_url}")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(re.escape(next_url) + "$"))


def test_an_editor_writes_previews_and_publishes_a_structured_article(
    page, browser, live_server
):
    _content_editor()
    violations = _watch(page)
    _log_in(page, "/admin/news/article/add/")

    page.locator("#id_title_en").press_sequentially("Daxing opens a service hall")
    # The slug follows the title (the admin's prepopulate script); wait for it, so a
    # slow machine cannot save before it is there.
    expect(page.locator("#id_slug")).to_have_value("daxing-opens-a-service-hall")
    page.locator("#id_summary_en").fill("One window for permits.")
    page.locator("#id_status").select_option(Status.DRAFT)
    editor = page.locator(".fieldBox.field-body_en .prose-editor .tiptap")
    expect(editor).to_be_visible()
    editor.click()
    expect(editor).to_be_focused()
    # Tiptap's input rules: "## " a heading, "- " a list; Ctrl+B bold.
    page.keyboard.type("## Services\n")
    page.keyboard.type("Permits are ")
    page.keyboard.press("Control+b")
    page.keyboard.type("free")
    page.keyboard.press("Control+b")
    page.keyboard.type(" at https://invest.example.com \n")
    page.keyboard.type("- Land\nRent")
    page.locator('input[name="_continue"]').first.click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    article = Article.objects.get(slug="daxing-opens-a-service-hall")
    assert article.status == Status.DRAFT
    assert "<h2>Services</h2>" in article.body_en
    assert "<strong>free</strong>" in article.body_en
    assert '<a href="https://invest.example.com"' in article.body_en
    assert "<ul><li><p>Land</p></li><li><p>Rent</p></li></ul>" in article.body_en

    # Preview from the admin: the draft's public page, with the banner.
    with page.expect_popup() as popup:
        page.get_by_role("link", name="Preview").click()
    preview = popup.value
    expect(preview.locator(".preview-banner")).to_contain_text(BANNER)
    expect(preview.locator(".news-article__body h2")).to_have_text("Services")
    preview_url = preview.url
    preview.close()

    # An anonymous visitor gets 404, with or without the preview parameter.
    anonymous = browser.new_context(base_url=live_server.url)
    try:
        visitor = anonymous.new_page()
        for url in (preview_url, article.get_absolute_url()):
            assert visitor.goto(url).status == 404
    finally:
        anonymous.close()

    # Publish, and the public page shows the structure.
    page.locator("#id_status").select_option(Status.PUBLISHED)
    page.locator('input[name="_continue"]').first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    page.goto(article.get_absolute_url())
    body = page.locator(".news-article__body")
    expect(body.locator("h2")).to_have_text("Services")
    expect(body.locator("strong")).to_have_text("free")
    expect(body.locator("ul li")).to_have_count(2)
    expect(body.locator('a[href="https://invest.example.com"]')).to_have_count(1)
    expect(page.locator(".preview-banner")).to_have_count(0)
    assert violations == []
