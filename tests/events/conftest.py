from __future__ import annotations

import pytest

from apps.core.models import SiteSettings


@pytest.fixture
def warm_cache(db):
    """The footer's settings row is cached after the first page; count the rest."""
    SiteSettings.load()
