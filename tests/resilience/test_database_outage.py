"""A database lost in the middle of a request gives the friendly 503 page, wherever
the failure happens: in a view, in a middleware that runs before the view, in a
context processor while a template renders. Any other error is still a 500.

The real outage (PostgreSQL stopped under load) is `make resilience`; here the
failure is injected at each layer to pin where it is caught."""

from __future__ import annotations

import pytest
from django.db import InterfaceError, OperationalError


def _raise(exc):
    def broken(*args, **kwargs):
        raise exc

    return broken


@pytest.fixture
def client(client):
    # As a browser would see it: no exception re-raised into the test.
    client.raise_request_exception = False
    return client


def _assert_friendly_503(response):
    assert response.status_code == 503
    assert "Temporarily unavailable" in response.text
    assert "暂时无法访问" in response.text
    assert "Traceback" not in response.text
    assert response["Retry-After"] == "10"


@pytest.mark.django_db
def test_lost_database_in_the_authentication_middleware_is_503(client, monkeypatch):
    monkeypatch.setattr(
        "django.contrib.auth.middleware.AuthenticationMiddleware.process_request",
        _raise(OperationalError("terminating connection due to administrator command")),
    )
    _assert_friendly_503(client.get("/en/parks/"))


@pytest.mark.django_db
def test_lost_database_when_the_session_is_saved_is_503(client, monkeypatch):
    monkeypatch.setattr(
        "django.contrib.sessions.backends.db.SessionStore.save",
        _raise(InterfaceError("connection already closed")),
    )
    # A robot's post (trap field filled) stores nothing but the session, which
    # the session middleware saves on the way out.
    response = client.post("/en/contact/", {"website": "http://spam.example"})
    _assert_friendly_503(response)


@pytest.mark.django_db
def test_lost_database_in_a_context_processor_is_503(client, monkeypatch):
    monkeypatch.setattr(
        "apps.core.context_processors.SiteSettings.load",
        _raise(OperationalError("could not connect to server: Connection refused")),
    )
    _assert_friendly_503(client.get("/en/parks/"))
    _assert_friendly_503(client.get("/en/contact/"))


@pytest.mark.django_db
def test_lost_database_while_a_list_queries_is_503(client, monkeypatch):
    monkeypatch.setattr(
        "django.db.backends.utils.CursorWrapper.execute",
        _raise(OperationalError("server closed the connection unexpectedly")),
    )
    _assert_friendly_503(client.get("/en/news/"))


@pytest.mark.django_db
def test_an_error_caused_by_a_lost_database_is_503(client, monkeypatch):
    def broken(*args, **kwargs):
        try:
            raise OperationalError("connection refused")
        except OperationalError as exc:
            raise RuntimeError("could not load the settings") from exc

    monkeypatch.setattr("apps.core.context_processors.SiteSettings.load", broken)
    _assert_friendly_503(client.get("/en/parks/"))


@pytest.mark.django_db
def test_any_other_error_is_still_the_500_page(client, monkeypatch):
    monkeypatch.setattr(
        "apps.core.context_processors.SiteSettings.load",
        _raise(ValueError("a bug")),
    )
    response = client.get("/en/parks/")
    assert response.status_code == 500
    assert "Something went wrong" in response.text
