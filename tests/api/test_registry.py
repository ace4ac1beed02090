"""The routes the content apps register (apps/<app>/api.py, apps/api/registry.py)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from apps.api import registry
from apps.parks.api import ParkViewSet


def test_root_lists_the_endpoints_in_registration_order(api_get, db):
    body = api_get("/api/v1/").json()

    assert list(body) == [
        "district",
        "industry",
        "indicator",
        "park",
        "organization",
        "event",
        "agreement",
        "policy",
        "article",
        "opportunity",
        "contact",
        "costitem",
        "guide",
        "story",
        "schema",
    ]


def test_a_basename_registered_twice_fails_at_start():
    with pytest.raises(ImproperlyConfigured, match="'park' is registered twice"):
        registry.register("parks-again", ParkViewSet, basename="park", order=99)

    assert [route.prefix for route in registry.routes].count("parks-again") == 0
