from __future__ import annotations

import pytest
from django.db import OperationalError
from django.urls import reverse

from apps.core.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_root_redirects_to_the_browsers_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/"

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response["Location"] == "/en/"


def test_home_page_is_served_in_both_languages_with_lang_attribute(client):
    english = client.get("/en/")
    chinese = client.get("/zh-hans/")
    assert english.status_code == chinese.status_code == 200
    assert '<html lang="en">' in english.text
    assert '<html lang="zh-hans">' in chinese.text
    assert "Skip to content" in english.text
    assert "跳转到主要内容" in chinese.text


def test_language_switcher_links_to_the_same_page_in_the_other_language(client):
    response = client.get("/en/")
    assert 'href="/zh-hans/" hreflang="zh-hans"' in response.text


def test_footer_shows_the_office_contact_details_from_site_settings(client):
    SiteSettings(phone="+86-010-89292038", email="info@investchn.com").save()
    response = client.get("/en/")
    assert "+86 10 8929 2038" in response.text
    assert 'href="tel:+861089292038"' in response.text
    assert "mailto:info@investchn.com" in response.text


def test_site_settings_edit_shows_at_once(client):
    SiteSettings(phone="+86 10 8929 2031").save()
    client.get("/en/")
    SiteSettings(phone="+86 10 8929 2032").save()
    assert "+86 10 8929 2032" in client.get("/en/").text


def test_unknown_page_gives_a_friendly_404_in_the_readers_language(client):
    english = client.get("/en/no-such-page/")
    chinese = client.get("/zh-hans/no-such-page/")
    assert english.status_code == chinese.status_code == 404
    assert "Page not found" in english.text
    assert "页面未找到" in chinese.text


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "up"}


def test_healthz_answers_503_when_the_database_is_down(client, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "down"


def test_lost_database_during_a_page_gives_a_friendly_503(client, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("apps.site.views.render", broken)
    response = client.get(reverse("site:home"))
    assert response.status_code == 503
    assert "Temporarily unavailable" in response.text
    assert response["Retry-After"] == "10"


def test_admin_has_no_language_prefix(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200


def test_robots_txt_keeps_crawlers_out_of_admin(client):
    response = client.get("/robots.txt")
    assert "Disallow: /admin/" in response.text
