"""Redis for the tests that need a real one: a database index the tests own, never
one the portal uses. Where Redis is missing these tests skip, except under CI
(CI=true), where a skip would hide that the shared-cache claims went unproven."""

from __future__ import annotations

import os

import pytest

# db 15 by default; PORTAL_TEST_REDIS_URL chooses another (e.g. per checkout).
TEST_REDIS_URL = os.environ.get("PORTAL_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def redis_or_skip(url: str = TEST_REDIS_URL):
    """A client of `url`; skips the test when Redis does not answer (fails in CI)."""
    try:
        import redis

        client = redis.Redis.from_url(url, socket_connect_timeout=1)
        client.ping()
    except Exception as error:  # any failure means "no Redis here"
        message = f"Redis is not reachable at {url} ({error})"
        if in_ci():
            pytest.fail(f"{message}; CI must run this test (.ci/run starts Redis)")
        pytest.skip(message)
    return client
