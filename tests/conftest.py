"""Test-wide settings: media in a temporary folder, fast hashing, a clean cache."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test.utils import override_settings
from django.utils import translation

from apps.core.models import SiteSettings
from apps.parks.models import ParkKind
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.parks import ParkFactory

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


# Places and sectors shared by the finder, opportunity, policy and site tests (a
# folder's conftest may define its own with the same name).
@pytest.fixture
def daxing(db):
    return DistrictFactory(name_en="Daxing", name_zh_hans="大兴区", slug="daxing")


@pytest.fixture
def changping(db):
    return DistrictFactory(name_en="Changping", name_zh_hans="昌平区", slug="changping")


@pytest.fixture
def biomedicine(db):
    return IndustryFactory(
        name_en="Biomedicine", name_zh_hans="生物医药", slug="biomedicine"
    )


@pytest.fixture
def devices(db):
    return IndustryFactory(
        name_en="Medical devices", name_zh_hans="医疗器械", slug="devices"
    )


@pytest.fixture
def life_park(daxing, biomedicine):
    park = ParkFactory(
        name_en="Daxing Biomedical Industry Base",
        slug="daxing-bio-base",
        district=daxing,
        kind=ParkKind.INDUSTRIAL_BASE,
        available_space_sqm=5000,
    )
    park.industries.add(biomedicine)
    return park
