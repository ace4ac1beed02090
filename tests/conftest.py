"""Test-wide settings: media in a temporary folder, fast hashing, a clean cache."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test.utils import override_settings
from django.utils import translation

from apps.core.models import SiteSettings

# Tests clear the cache before and after each test: with REDIS_URL exported that
# would wipe a Redis database the portal uses. Every test process gets its own
# local-memory cache instead, from before the first test (and the test database's
# migrations) on; tests that need Redis use tests/shared_redis.py.
override_settings(
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
).enable()


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        },
    }
    cache.clear()
    # Each test starts in English: a Chinese page requested by an earlier test would
    # otherwise leave Chinese active, and reverse() would build /zh-hans/ URLs.
    with translation.override("en"):
        yield
    cache.clear()


@pytest.fixture
def warm_cache(db):
    """The footer's settings row is cached after the first page; count the rest."""
    SiteSettings.load()
