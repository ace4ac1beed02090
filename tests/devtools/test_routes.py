"""The benchmark views are routed only when PORTAL_BENCH_ENABLED is set."""

from __future__ import annotations

import importlib

import pytest
from django.urls import clear_url_caches

import portal.urls


@pytest.fixture
def reload_urls(settings):
    def reload(enabled: bool) -> None:
        settings.PORTAL_BENCH_ENABLED = enabled
        importlib.reload(portal.urls)
        clear_url_caches()

    yield reload
    settings.PORTAL_BENCH_ENABLED = False
    importlib.reload(portal.urls)
    clear_url_caches()


@pytest.mark.django_db
def test_production_routes_have_no_bench_views(client, reload_urls):
    reload_urls(False)
    assert client.get("/bench/hello").status_code == 404
    assert client.get("/bench/layout").status_code == 404


@pytest.mark.django_db
def test_bench_views_answer_when_enabled(client, reload_urls):
    reload_urls(True)
    hello = client.get("/bench/hello")
    assert hello.status_code == 200
    assert hello.content == b"Hello, world"
    assert b'class="brand"' in client.get("/bench/layout").content
