"""The client address (apps/core/client_ip.py) as the three limits see it: the
inquiry form's rate limit, the API throttle and the admin sign-in lockout. Each is
checked directly, behind a trusted proxy, and against a forged X-Forwarded-For."""

from __future__ import annotations

import itertools

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from apps.core.client_ip import client_ip
from portal.settings import env_networks

VISITOR = "203.0.113.7"
OTHER_VISITOR = "198.51.100.9"
PROXY = "10.0.0.2"
OTHER_PROXY = "10.0.0.3"
PROXIES = ["10.0.0.0/8"]

_forged = (f"192.0.2.{n}" for n in itertools.count(1))


def _ip(settings, trusted, remote, forwarded=None) -> str:
    settings.PORTAL_TRUSTED_PROXIES = trusted
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_ip(RequestFactory().get("/", **headers))


# --- The function -------------------------------------------------------------------


def test_direct_deployment_ignores_x_forwarded_for(settings):
    assert _ip(settings, [], VISITOR, "192.0.2.1") == VISITOR


def test_untrusted_sender_cannot_choose_its_address(settings):
    assert _ip(settings, PROXIES, VISITOR, "192.0.2.1") == VISITOR


def test_behind_a_trusted_proxy_the_address_it_forwarded_counts(settings):
    assert _ip(settings, PROXIES, PROXY, VISITOR) == VISITOR


def test_right_most_untrusted_entry_wins_over_forged_ones(settings):
    forwarded = f"192.0.2.1, 192.0.2.2, {VISITOR}, 10.0.0.9"
    assert _ip(settings, PROXIES, PROXY, forwarded) == VISITOR


def test_ports_brackets_and_mapped_addresses_are_read(settings):
    assert _ip(settings, PROXIES, PROXY, f"{VISITOR}:5123") == VISITOR
    assert _ip(settings, PROXIES, PROXY, "[2001:db8::1]:443") == "2001:db8::1"
    assert _ip(settings, PROXIES, "::ffff:10.0.0.2", VISITOR) == VISITOR


def test_garbage_in_the_header_falls_back_to_the_nearest_proxy(settings):
    assert _ip(settings, PROXIES, PROXY, f"{VISITOR}, not-an-address") == PROXY
    assert _ip(settings, PROXIES, PROXY, "") == PROXY


def test_a_request_from_inside_the_proxies_is_the_left_most_proxy(settings):
    assert _ip(settings, PROXIES, PROXY, "10.0.0.8, 10.0.0.9") == "10.0.0.8"


def test_trusted_proxies_setting_refuses_what_is_not_a_range(monkeypatch):
    monkeypatch.setenv("X_PROXIES", "10.0.0.0/8, nginx")
    with pytest.raises(ImproperlyConfigured, match="'nginx'"):
        env_networks("X_PROXIES")
    monkeypatch.setenv("X_PROXIES", "10.0.0.0/8, 192.0.2.1, fd00::/8")
    assert env_networks("X_PROXIES") == ["10.0.0.0/8", "192.0.2.1", "fd00::/8"]


# --- The three limits ---------------------------------------------------------------


class Limit:
    """One of the limits: `attempt` makes a request from an address and says
    whether it was refused (HTTP 429)."""

    def __init__(self, client, kind):
        self.client = client
        self.kind = kind

    def attempt(self, remote, forwarded=None) -> bool:
        headers = {"REMOTE_ADDR": remote}
        if forwarded is not None:
            headers["HTTP_X_FORWARDED_FOR"] = forwarded
        if self.kind == "inquiry form":
            # Any post counts, valid or not.
            response = self.client.post("/en/contact/", {"kind": "general"}, **headers)
        elif self.kind == "API":
            response = self.client.get("/api/v1/parks/", **headers)
        else:
            response = self.client.post(
                "/admin/login/?next=/admin/",
                {"username": "editor", "password": "wrong"},
                **headers,
            )
        assert response.status_code in (200, 429)
        return response.status_code == 429

    def exhaust(self, remote, forwarded=lambda: None) -> None:
        """Attempt until refused (at most 10 times); `forwarded` gives the
        header for each attempt."""
        for _ in range(10):
            if self.attempt(remote, forwarded()):
                return
        pytest.fail(f"the {self.kind} limit never refused {remote}")


@pytest.fixture(params=["inquiry form", "API", "login lockout"])
def limit(request, client, settings, db):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 3
    settings.PORTAL_INQUIRY_RATE_WINDOW = 600
    settings.PORTAL_API_RATE = "3/min"
    settings.AXES_FAILURE_LIMIT = 3
    get_user_model().objects.create_user(
        "editor", "editor@invest.example", "the-right-pass-123", is_staff=True
    )
    return Limit(client, request.param)


def test_direct_clients_are_limited_by_their_own_address(limit, settings):
    settings.PORTAL_TRUSTED_PROXIES = []
    limit.exhaust(VISITOR)
    assert limit.attempt(VISITOR)
    assert not limit.attempt(OTHER_VISITOR)


@pytest.mark.parametrize("trusted", [[], PROXIES], ids=["no proxies", "proxies"])
def test_a_forged_header_from_an_untrusted_client_changes_nothing(
    limit, settings, trusted
):
    settings.PORTAL_TRUSTED_PROXIES = trusted
    # A new made-up address on every attempt does not give a fresh allowance...
    limit.exhaust(VISITOR, forwarded=lambda: next(_forged))
    assert limit.attempt(VISITOR, next(_forged))
    # ...nor does it put someone else over the limit.
    assert not limit.attempt(OTHER_VISITOR, VISITOR)


def test_behind_a_trusted_proxy_visitors_are_limited_apart(limit, settings):
    settings.PORTAL_TRUSTED_PROXIES = PROXIES
    limit.exhaust(PROXY, forwarded=lambda: VISITOR)
    # The same visitor through another proxy instance is still refused...
    assert limit.attempt(OTHER_PROXY, VISITOR)
    # ...and another visitor behind the same proxy is not.
    assert not limit.attempt(PROXY, OTHER_VISITOR)


def test_behind_a_trusted_proxy_forged_entries_are_ignored(limit, settings):
    settings.PORTAL_TRUSTED_PROXIES = PROXIES
    # The proxy appends the address it saw to whatever the client sent.
    limit.exhaust(PROXY, forwarded=lambda: f"{next(_forged)}, {VISITOR}")
    assert limit.attempt(PROXY, f"{next(_forged)}, {VISITOR}")
    assert not limit.attempt(PROXY, f"{VISITOR}, {OTHER_VISITOR}")
