"""Deep list pages read their ids first; they must show the same rows in the same
order as the plain query would."""

from __future__ import annotations

import pytest
from django.urls import reverse

from apps.core import views
from tests.enterprises.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def _names(response) -> list[str]:
    return [org.name for org in response.context["organizations"]]


@pytest.mark.parametrize("query", [{}, {"sort": "-name"}, {"q": "Tenant"}])
def test_deep_page_shows_the_same_rows_as_the_plain_query(
    client, monkeypatch, query, django_assert_num_queries
):
    for n in range(45):
        OrganizationFactory(name_en=f"Tenant {n:03d}")
    url = reverse("enterprises:list")
    plain = _names(client.get(url, {**query, "page": 3}))
    monkeypatch.setattr(views, "DEFERRED_OFFSET", 20)
    deep = client.get(url, {**query, "page": 3})
    assert _names(deep) == plain
    assert len(plain) == 5
    if not query:
        assert plain == [f"Tenant {n:03d}" for n in range(40, 45)]
    with django_assert_num_queries(len(_queries(client, url, query))):
        client.get(url, {**query, "page": 2})


def _queries(client, url, query):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(url, {**query, "page": 1})
    return captured.captured_queries
