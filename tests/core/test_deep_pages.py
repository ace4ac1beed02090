"""Deep list pages read their ids first; they must show the same rows in the same
order as the plain query would."""

from __future__ import annotations

import pytest
from django.urls import reverse

from apps.core import views
from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db


def _names(response) -> list[str]:
    return [org.name for org in response.context["organizations"]]


@pytest.mark.parametrize("query", [{}, {"sort": "-name"}, {"q": "Tenant"}])
def test_deep_page_shows_the_same_rows_as_the_plain_query(
    client, monkeypatch, query, django_assert_num_queries
):
    for n in range(45):
        OrganizationFactory(name_en=f"Tenant {n:03d}")
    url = reverse("organizations:list")
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


@pytest.mark.parametrize(
    ("language", "index"),
    [("en", "org_directory_name_en"), ("zh-hans", "org_directory_name_zh")],
)
def test_deep_page_ids_come_from_an_index_only_scan(language, index):
    """A deep page skips thousands of rows: only an index-only scan skips them
    without reading the table. With a handful of rows PostgreSQL would rather
    scan the table, so plain scans are turned off to prove the plan is possible."""
    from django.db import connection, transaction
    from django.utils import translation

    from apps.organizations.filters import OrganizationFilter
    from apps.organizations.models import Organization

    OrganizationFactory.create_batch(3)
    with translation.override(language):
        queryset = OrganizationFilter(
            {}, queryset=Organization.objects.for_listing()
        ).qs
        sql, params = queryset.values("pk")[40:60].query.sql_with_params()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        text = "\n".join(row[0] for row in cursor.fetchall())
    assert f"Index Only Scan using {index}" in text, text
