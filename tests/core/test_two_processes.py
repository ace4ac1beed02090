# ruff: noqa: S310 - the requests go to our own processes on 127.0.0.1
"""Two app processes sharing one database and one Redis: a rate limit reached
through one holds in the other, and a content change seen by one is seen by both
(nothing is kept in a process that another one needs)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from tests.factories.parks import ParkFactory
from tests.shared_redis import TEST_REDIS_URL, redis_or_skip

ROOT = Path(__file__).resolve().parents[2]
# A database index the tests own (tests/shared_redis.py), flushed before and after.
REDIS_URL = TEST_REDIS_URL


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env() -> dict:
    db = connection.settings_dict
    url = (
        f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/"
        f"{db['NAME']}"
    )
    return {
        **os.environ,
        "DATABASE_URL": url,
        "REDIS_URL": REDIS_URL,
        "DJANGO_DEBUG": "1",
        "DJANGO_LOG_LEVEL": "ERROR",
        "PORTAL_PAGE_CACHE_SECONDS": "120",
        "PORTAL_INQUIRY_RATE_LIMIT": "2",
        "PORTAL_INQUIRY_MIN_SECONDS": "0",
    }


def _get(url: str):
    # Behind a load balancer every process sees the site's one host name.
    request = urllib.request.Request(url, headers={"Host": "localhost"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def _post(url: str, fields: dict, cookie: str):
    data = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(url, data=data, headers={"Cookie": cookie})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def two_servers(transactional_db):
    redis_client = redis_or_skip()
    redis_client.flushdb()
    env = _env()
    servers, bases = [], []
    for _ in range(2):
        port = _free_port()
        servers.append(
            subprocess.Popen(  # noqa: S603 - our own manage.py
                [sys.executable, "manage.py", "runserver", "--noreload", str(port)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        bases.append(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 60
        for base in bases:
            while True:
                try:
                    if _get(f"{base}/healthz")[0] == 200:
                        break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail("the app processes did not start")
                time.sleep(0.3)
        yield bases, env
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=20)
        redis_client.flushdb()


def test_rate_limit_reached_through_one_process_holds_in_the_other(two_servers):
    (a, b), _ = two_servers
    status, headers, html = _get(f"{a}/en/contact/")
    assert status == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    cookie = headers["Set-Cookie"].split(";", 1)[0]
    fields = {"csrfmiddlewaretoken": token, "kind": "general"}
    # Two (invalid) posts through A use up the limit of two...
    assert _post(f"{a}/en/contact/", fields, cookie) == 200
    assert _post(f"{a}/en/contact/", fields, cookie) == 200
    # ...so B refuses the third.
    assert _post(f"{b}/en/contact/", fields, cookie) == 429


def test_cache_is_shared_and_an_edit_invalidates_it_everywhere(two_servers):
    (a, b), env = two_servers
    park = ParkFactory(name_en="Shared Cache Park")
    status, headers, html = _get(f"{a}/en/parks/")
    assert status == 200
    assert headers["X-Cache"] == "MISS"
    assert "Shared Cache Park" in html
    status, headers, html = _get(f"{b}/en/parks/")
    assert headers["X-Cache"] == "HIT"  # filled by A, served by B

    # An editor renames the park in a third process (as the admin of any app
    # process would): its signal bumps the content generation in Redis.
    script = (
        "from apps.parks.models import Park; "
        f"p = Park.objects.get(pk={park.pk}); "
        "p.name_en = 'Renamed Cache Park'; p.save()"
    )
    subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    for base in (a, b):
        status, headers, html = _get(f"{base}/en/parks/")
        assert "Renamed Cache Park" in html
        assert "Shared Cache Park" not in html
