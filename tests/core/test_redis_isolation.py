"""Tests never touch a Redis database the portal uses, even with REDIS_URL
exported: a key there survives a test run (whose every test clears the cache)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

from tests.shared_redis import redis_or_skip

ROOT = Path(__file__).resolve().parents[2]
# Stands for the portal's database; not the tests' own index (db 15).
PORTAL_REDIS_URL = "redis://127.0.0.1:6379/14"


def test_a_test_run_leaves_the_portals_redis_alone():
    client = redis_or_skip(PORTAL_REDIS_URL)
    key = f"portal-isolation-check:{uuid.uuid4().hex}"
    client.set(key, "kept", ex=300)
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests/core/test_settings_helpers.py",
            ],
            cwd=ROOT,
            env={**os.environ, "REDIS_URL": PORTAL_REDIS_URL},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout[-2000:]
        assert client.get(key) == b"kept"
    finally:
        client.delete(key)
