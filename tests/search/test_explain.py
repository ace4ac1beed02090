"""The main search queries can use the GIN indexes.

With a handful of rows PostgreSQL rightly prefers a sequential scan, so these tests
turn sequential and plain index scans off (SET LOCAL) and assert the plan then uses
the GIN indexes: they prove each index is USABLE for the query as the ORM writes it
(filter, rank, ORDER BY, LIMIT). That the planner CHOOSES them at 100,000
organizations is the documented check of docs/search.md, with the plans measured.
"""

from __future__ import annotations

import pytest
from django.db import connection, transaction

from apps.news.models import Article
from apps.organizations.models import Organization
from apps.search.terms import SearchTerms
from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_organizations(db):
    OrganizationFactory.create_batch(3)
    OrganizationFactory(
        name_en="Biocytogen Pharmaceuticals",
        name_zh_hans="百奥赛图生物医药",
        description_en="Runs clinical trials and CRO/CDMO services in Changping (昌平)",
    )


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.parametrize(
    ("query", "indexes"),
    [
        ("clinical", ["org_search_en", "org_name_trgm"]),
        # Several words: full text only (typo tolerance is for one word).
        ("clinical trials", ["org_search_en"]),
        # A slashed compound is its words, in the query as in the column.
        ("CRO/CDMO", ["org_search_en"]),
        ("CDMO", ["org_search_en", "org_name_trgm"]),
        ("Biocytogn", ["org_name_trgm"]),
        ("生物医药", ["org_search_zh"]),
        ("昌平", ["org_search_zh"]),
    ],
)
def test_organization_search_uses_gin_indexes(many_organizations, query, indexes):
    # Without published(): its btree indexes would answer the tiny table first.
    queryset = (
        Organization.objects.search(query)
        .order_by("-search_rank", "pk")
        .values("pk", "search_rank")[:20]
    )
    assert queryset.exists()
    text = plan(queryset)
    for index in indexes:
        assert index in text, text


def test_article_search_can_use_gin_indexes():
    """Few articles here: with sequential scans off, the plan proves the indexes
    are usable by the mixed English and Chinese query."""
    terms = SearchTerms.parse("genome 生物")
    queryset = Article.objects.search(terms).values("pk")[:20]
    sql, params = queryset.query.sql_with_params()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        text = "\n".join(row[0] for row in cursor.fetchall())
    assert "article_search_zh" in text or "article_search_en" in text, text


def test_search_columns_follow_bulk_create_and_update():
    Organization.objects.bulk_create(
        [
            Organization(
                name_en="Bulk Genome",
                name_zh_hans="批量基因",
                slug="bulk",
                kind="company",
                status="published",
            )
        ]
    )
    assert Organization.objects.search("基因").get().slug == "bulk"
    Organization.objects.filter(slug="bulk").update(name_en="Bulk Proteome")
    assert Organization.objects.search("proteome").get().slug == "bulk"
    assert not Organization.objects.search("genome").exists()
