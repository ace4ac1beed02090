"""After a content change, warm_pages puts the most-read pages back in the page
cache, so that readers get them without waiting for a render."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from apps.core.warming import paths_to_warm, warm_pages
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 120
    settings.PORTAL_PUBLIC_URL = "http://testserver"


def test_warmed_pages_are_served_from_the_cache_with_the_new_content(client):
    client.get("/en/parks/")
    ParkFactory(name_en="Newly Published Park", name_zh_hans="新发布园区")

    warm_pages("http://testserver")

    english = client.get("/en/parks/")
    chinese = client.get("/zh-hans/parks/")
    assert english["X-Cache"] == "HIT"
    assert "Newly Published Park" in english.text
    assert chinese["X-Cache"] == "HIT"
    assert "新发布园区" in chinese.text
    assert client.get("/zh-hans/")["X-Cache"] == "HIT"


def test_home_and_every_section_are_warmed_in_both_languages():
    paths = paths_to_warm()
    assert {"/en/", "/zh-hans/", "/en/parks/", "/zh-hans/directory/"} <= set(paths)
    assert len(paths) == len(set(paths))


def test_every_warmed_page_answers():
    results = warm_pages("http://testserver")
    assert [r.path for r in results if r.status != 200] == []
    stored = {r.path for r in results if r.cache == "MISS"}
    assert {"/en/", "/en/parks/", "/zh-hans/news/"} <= stored
    # Forms set a cookie and are never cached: nothing is stored for them.
    assert "/en/contact/" not in stored


def test_pages_are_warmed_for_the_host_readers_use(client, settings):
    settings.ALLOWED_HOSTS = ["invest.example.org", "testserver"]
    client.get("/en/")  # creates the site settings (a content change) first
    warm_pages("https://invest.example.org")
    assert (
        client.get("/en/", secure=True, HTTP_HOST="invest.example.org")["X-Cache"]
        == "HIT"
    )
    # Another host is another page in the cache: not warmed.
    assert client.get("/en/parks/")["X-Cache"] == "MISS"


def test_command_warms_once(capsys):
    call_command("warm_pages")
    assert "warmed" in capsys.readouterr().out


def test_command_needs_the_public_address(settings):
    settings.PORTAL_PUBLIC_URL = ""
    with pytest.raises(CommandError, match="PORTAL_PUBLIC_URL"):
        call_command("warm_pages")


def test_worker_warms_again_after_a_content_change(client, monkeypatch, capsys):
    from apps.core import workers

    client.get("/en/")  # creates the site settings (a content change) first
    rounds = []

    def next_round(self, interval):
        rounds.append(interval)
        # Round 2 finds nothing changed and warms nothing; round 3 warms again.
        if len(rounds) == 2:
            ParkFactory(name_en="Published While Running")
        elif len(rounds) == 3:
            self.stopping = True

    monkeypatch.setattr(workers.WorkerCommand, "wait", next_round)
    monkeypatch.setattr(workers.signal, "signal", lambda *args: None)
    # The test's connection holds its transaction: keep it open.
    monkeypatch.setattr(workers, "close_old_connections", lambda: None)
    call_command("warm_pages", "--loop")

    assert capsys.readouterr().out.count("warmed") == 2
    response = client.get("/en/parks/")
    assert response["X-Cache"] == "HIT"
    assert "Published While Running" in response.text
