"""django-axes: five failures per username and address lock the admin sign-in."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def staff_user(db):
    return get_user_model().objects.create_user(
        "editor", "editor@invest.example", "the-right-pass-123", is_staff=True
    )


def _attempt(client, password, address="203.0.113.7"):
    return client.post(
        LOGIN,
        {"username": "editor", "password": password},
        REMOTE_ADDR=address,
    )


def test_right_password_signs_in_before_any_lockout(client, staff_user):
    response = _attempt(client, "the-right-pass-123")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_sixth_attempt_fails_even_with_the_right_password(client, staff_user):
    for _ in range(4):
        assert _attempt(client, "wrong").status_code == 200
    fifth = _attempt(client, "wrong")
    assert fifth.status_code == 429
    sixth = _attempt(client, "the-right-pass-123")
    assert sixth.status_code == 429
    assert "_auth_user_id" not in client.session
    html = sixth.content.decode()
    assert "Sign-in locked" in html
    assert "5 failed sign-in attempts" in html
    assert "Try again in 30 minutes" in html


def test_lockout_is_per_username_and_address(client, staff_user):
    for _ in range(5):
        _attempt(client, "wrong")
    assert _attempt(client, "the-right-pass-123").status_code == 429
    # The same person from another address is not locked out.
    assert _attempt(client, "the-right-pass-123", "198.51.100.9").status_code == 302


def test_lockout_ends_after_the_cool_off(client, staff_user, settings):
    import time_machine
    from django.utils import timezone

    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for _ in range(5):
            _attempt(client, "wrong")
        assert _attempt(client, "the-right-pass-123").status_code == 429
    with time_machine.travel(
        start + settings.AXES_COOLOFF_TIME + timezone.timedelta(minutes=1), tick=False
    ):
        assert _attempt(client, "the-right-pass-123").status_code == 302


def test_lockout_page_is_translated(client, staff_user):
    for _ in range(5):
        client.post(
            "/admin/login/",
            {"username": "editor", "password": "wrong"},
            REMOTE_ADDR="203.0.113.8",
            HTTP_ACCEPT_LANGUAGE="zh-hans",
        )
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": "wrong"},
        REMOTE_ADDR="203.0.113.8",
        HTTP_ACCEPT_LANGUAGE="zh-hans",
    )
    assert response.status_code == 429
    html = response.content.decode()
    assert 'lang="zh-hans"' in html
    assert "登录已锁定" in html
