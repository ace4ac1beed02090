from __future__ import annotations

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english():
    """Start each test in English: a Chinese page requested by an earlier test
    leaves its language active, and reverse() would then build /zh-hans/ URLs."""
    with translation.override("en"):
        yield
