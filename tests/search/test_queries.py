"""The search page costs the same number of queries whatever the data size."""

from __future__ import annotations

import pytest

from tests.factories.districts import DistrictFactory
from tests.factories.events import EventFactory
from tests.factories.news import ArticleFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory

from .helpers import RESULTS, titles

pytestmark = pytest.mark.django_db

# The capped counts and ranked ids of every type, then the shown rows (one UNION ALL).
SEARCH_QUERIES = 2


def make_content(size: int) -> None:
    for number in range(size):
        OrganizationFactory(
            name_en=f"Genome Pharma {number}", name_zh_hans=f"基因{number}"
        )
        ArticleFactory(title_en=f"Genome news {number}", body_en="Genome sequencing.")
        PolicyFactory(title_en=f"Genome policy {number}")
    DistrictFactory(name_en="Genome district")
    ParkFactory(name_en="Genome park")
    EventFactory(title_en="Genome forum")


@pytest.mark.parametrize("size", [1, 8])
@pytest.mark.parametrize("params", [{}, {"type": "organizations"}])
def test_search_page_query_count_is_fixed(
    client, warm_cache, django_assert_num_queries, size, params
):
    make_content(size)
    with django_assert_num_queries(SEARCH_QUERIES):
        response = client.get(RESULTS, {"q": "genome", **params})
    assert len(titles(response)) >= 1


def test_empty_search_page_runs_no_query(client, warm_cache, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get(RESULTS, {"q": "???"}).status_code == 200


def test_counts_stop_at_the_cap(client, monkeypatch):
    monkeypatch.setattr("apps.search.results.COUNT_CAP", 3)
    make_content(5)
    html = client.get(RESULTS, {"q": "genome"}).content.decode()
    assert '<span class="badge">3+</span>' in html


def test_connections_scan_tables_from_the_start():
    """Common terms rank the first matches a scan returns: a scan that joined
    another part-way would change the results and the pages between requests."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronize_seqscans")
        assert cursor.fetchone()[0] == "off"
