"""Whatever a reader types, the search page answers normally."""

from __future__ import annotations

import pytest

from apps.search.terms import MAX_QUERY_LENGTH, SearchTerms, clean_query
from tests.factories.organizations import OrganizationFactory

from .helpers import RESULTS, titles

pytestmark = pytest.mark.django_db

BAD_QUERIES = [
    "",
    " ",
    "x" * 500,
    "医" * 500,
    "!!!",
    "'; DROP TABLE x; --",
    "a\x00b",
    "%",
    "_",
    "%_%",
    "\\",
    "& | ! ( ) : *",
    '"unclosed',
    "-",
    "OR",
    "the",
    "<script>alert(1)</script>",
    "昌平 the",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("kind", ["", "organizations", "nonsense"])
def test_bad_query_gives_a_normal_page(client, query, kind):
    OrganizationFactory(name_en="Percent 100% Pharma")
    response = client.get(RESULTS, {"q": query, "type": kind, "page": "x"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_sql_looking_query_is_only_text(client):
    OrganizationFactory(name_en="Drop Table Furniture")
    response = client.get(RESULTS, {"q": "'; DROP TABLE furniture; --"})
    assert titles(response) == ["Drop Table Furniture"]


def test_query_with_nul_is_searched_without_it(client):
    OrganizationFactory(name_en="BeiGene")
    assert titles(client.get(RESULTS, {"q": "Bei\x00Gene"})) == []
    assert titles(client.get(RESULTS, {"q": "BeiGene\x00"})) == ["BeiGene"]


def test_long_query_is_truncated_to_200_characters():
    assert len(clean_query("a " * 400)) <= MAX_QUERY_LENGTH
    assert clean_query("x" * 500) == "x" * MAX_QUERY_LENGTH


def test_punctuation_only_query_is_no_query(client):
    assert not SearchTerms.parse("!!! ... ???")
    response = client.get(RESULTS, {"q": "!!!"})
    assert "Type a name or a few words" in response.content.decode()


def test_page_past_the_end_shows_the_last_page(client):
    OrganizationFactory(name_en="BeiGene")
    response = client.get(
        RESULTS, {"q": "beigene", "type": "organizations", "page": 99}
    )
    assert response.status_code == 200
    assert titles(response) == ["BeiGene"]


def test_query_text_is_escaped_on_the_page(client):
    response = client.get(RESULTS, {"q": "<b>BeiGene</b>"})
    html = response.content.decode()
    assert "<b>BeiGene</b>" not in html
    assert "&lt;b&gt;BeiGene&lt;/b&gt;" in html
