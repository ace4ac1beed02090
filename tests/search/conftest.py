from __future__ import annotations

import pytest
from django.utils import translation

from apps.core.models import SiteSettings


@pytest.fixture(autouse=True)
def _english():
    """URLs reversed in a test are English ones, whatever a previous test used."""
    with translation.override("en"):
        yield


@pytest.fixture
def warm_cache(db):
    """The footer's settings row is cached after the first page; count the rest."""
    SiteSettings.load()
