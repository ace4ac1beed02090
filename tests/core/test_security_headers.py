"""Security headers under the production settings, scored like the Observatory."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from tests.factories.news import ArticleFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory

from .observatory import observatory_score, parse_csp

pytestmark = pytest.mark.django_db

SETTINGS_FILE = Path(__file__).resolve().parents[2] / "portal" / "settings.py"
PRODUCTION_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "DJANGO_ALLOWED_HOSTS": "testserver",
}
SECURITY_SETTINGS = [
    "DEBUG",
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SAMESITE",
    "LANGUAGE_COOKIE_SECURE",
    "LANGUAGE_COOKIE_HTTPONLY",
    "LANGUAGE_COOKIE_SAMESITE",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "PORTAL_PERMISSIONS_POLICY",
]


@pytest.fixture
def production(settings, monkeypatch):
    """The security settings exactly as portal/settings.py makes them in
    production (evaluated with the production environment)."""
    for name, value in PRODUCTION_ENV.items():
        monkeypatch.setenv(name, value)
    values = runpy.run_path(str(SETTINGS_FILE))
    for name in SECURITY_SETTINGS:
        setattr(settings, name, values[name])
    return values


@pytest.fixture
def pages(db):
    park = ParkFactory()
    return [
        "/en/",
        "/zh-hans/",
        "/en/districts/",
        park.get_absolute_url(),
        ArticleFactory().get_absolute_url(),
        PolicyFactory().get_absolute_url(),
        "/en/contact/",
        "/admin/login/",
        "/en/no-such-page/",
    ]


def test_production_settings_are_strict(production):
    assert production["DEBUG"] is False
    assert production["SECURE_HSTS_SECONDS"] >= 31536000
    assert production["SESSION_COOKIE_SECURE"] is True
    assert production["CSRF_COOKIE_SECURE"] is True
    assert production["SECURE_SSL_REDIRECT"] is True


def test_every_page_scores_a_plus_on_the_observatory(client, production, pages):
    for url in pages:
        response = client.get(url, secure=True)
        assert response.status_code in {200, 404}, url
        plain = client.get(url)
        report = observatory_score(response, http_response=plain)
        assert report.score >= 100, (url, report.results)


def test_admin_login_with_its_cookies_earns_the_cookie_bonus(client, production):
    response = client.get("/admin/login/", secure=True)
    assert "csrftoken" in response.cookies
    report = observatory_score(response, http_response=client.get("/admin/login/"))
    assert report.results["cookies"] == (
        "cookies-secure-with-httponly-sessions-and-samesite"
    )
    assert report.score == 125


def test_a_signed_in_session_cookie_is_secure_httponly_and_samesite(client, production):
    get_user_model().objects.create_user(
        "editor", password="the-right-pass-123", is_staff=True
    )
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": "the-right-pass-123"},
        secure=True,
    )
    cookie = response.cookies["sessionid"]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


def test_language_cookie_is_secure_and_httponly(client, production):
    response = client.post(
        "/i18n/setlang/", {"language": "zh-hans", "next": "/zh-hans/"}, secure=True
    )
    cookie = response.cookies["django_language"]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


def test_headers_of_a_public_page(client, production):
    response = client.get("/en/", secure=True)
    headers = response.headers
    hsts = headers["Strict-Transport-Security"]
    assert "max-age=31536000" in hsts
    assert "includeSubDomains" in hsts
    assert "preload" in hsts
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["Cross-Origin-Resource-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert "camera=()" in headers["Permissions-Policy"]
    assert "geolocation=()" in headers["Permissions-Policy"]


@pytest.mark.parametrize("url", ["/en/", "/admin/login/", "/en/no-such-page/"])
def test_csp_forbids_inline_scripts_eval_and_framing(client, production, url):
    policy = parse_csp(client.get(url, secure=True)["Content-Security-Policy"])
    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]


def test_csp_allows_the_configured_map_tiles(production):
    img = production["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    assert "https://tile.openstreetmap.org" in img


def test_csp_tile_host_follows_the_setting(monkeypatch):
    monkeypatch.setenv(
        "PORTAL_MAP_TILE_URL", "https://{s}.tiles.example.cn/{z}/{x}/{y}.png"
    )
    values = runpy.run_path(str(SETTINGS_FILE))
    img = values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    assert "https://*.tiles.example.cn" in img


def test_plain_http_is_redirected_to_https_on_the_same_host(client, production):
    response = client.get("/en/districts/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/districts/"


def test_the_scorer_punishes_what_it_should(client, production, settings):
    settings.CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": {
            "default-src": ["'self'"],
            "script-src": ["'self'", "'unsafe-inline'"],
        }
    }
    settings.SECURE_HSTS_SECONDS = 0
    response = client.get("/en/", secure=True)
    report = observatory_score(response, http_response=client.get("/en/"))
    assert report.results["content-security-policy"] == (
        "csp-implemented-with-unsafe-inline"
    )
    assert report.results["strict-transport-security"] == "hsts-not-implemented"
    assert report.score < 100


def test_a_public_page_scores_120(client, production):
    response = client.get("/en/", secure=True)
    report = observatory_score(response, http_response=client.get("/en/"))
    # 100 + 10 (CSP with default-src 'none') + 5 (private referrer policy)
    # + 5 (framing forbidden by CSP frame-ancestors); no cookies on a public page.
    assert report.score == 120
