"""A redirect target taken from the request (next=, Referer) stays on the site."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

OFFSITE = [
    "https://evil.example/",
    "//evil.example/",
    "http://evil.example/en/",
    "https:evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "https://testserver@evil.example/",
]


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user(
        "editor", password="the-right-pass-123", is_staff=True
    )


@pytest.mark.parametrize("target", OFFSITE)
def test_admin_login_ignores_an_offsite_next(client, staff, target):
    response = client.post(
        f"/admin/login/?next={target}",
        {"username": "editor", "password": "the-right-pass-123", "next": target},
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_admin_login_follows_an_onsite_next(client, staff):
    response = client.post(
        "/admin/login/?next=/admin/parks/park/",
        {
            "username": "editor",
            "password": "the-right-pass-123",
            "next": "/admin/parks/park/",
        },
    )
    assert response["Location"] == "/admin/parks/park/"


@pytest.mark.parametrize("target", OFFSITE)
def test_language_switch_ignores_an_offsite_next(client, target):
    response = client.post("/i18n/setlang/", {"language": "zh-hans", "next": target})
    assert response.status_code == 302
    assert response["Location"].startswith("/")
    assert not response["Location"].startswith("//")
    assert "evil.example" not in response["Location"]


def test_language_switch_ignores_an_offsite_referer(client):
    response = client.post(
        "/i18n/setlang/",
        {"language": "zh-hans"},
        HTTP_REFERER="https://evil.example/en/parks/",
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


def test_language_switch_follows_an_onsite_next(client):
    response = client.post(
        "/i18n/setlang/", {"language": "zh-hans", "next": "/en/parks/"}
    )
    assert response["Location"] == "/zh-hans/parks/"


@pytest.mark.parametrize("target", OFFSITE)
def test_admin_logout_ignores_an_offsite_next(client, staff, target):
    client.force_login(staff)
    response = client.post(f"/admin/logout/?next={target}")
    location = response.get("Location", "")
    assert "evil.example" not in location
    assert not location.startswith(("//", "javascript:"))
