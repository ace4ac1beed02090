"""Words joined by a slash are words: "CRO/CDMO" is found by CRO, by CDMO and by
itself. PostgreSQL's English parser reads "CRO/CDMO" as one `file` (path) token and
indexes only the whole, so documents and queries both read "/" as a space."""

from __future__ import annotations

import pytest
from django.db import connection

from apps.agreements.models import Agreement
from apps.search.terms import SearchTerms
from tests.factories.agreements import AgreementFactory
from tests.factories.organizations import OrganizationFactory

from .helpers import RESULTS, titles

pytestmark = pytest.mark.django_db

AGREEMENT = "Cooperation on service platforms"
ORGANIZATION = "Yizhuang Consulting"


@pytest.fixture
def slashed():
    """Slashed compounds as the demo content writes them, in both languages."""
    AgreementFactory(
        title_en=AGREEMENT,
        title_zh_hans="服务平台合作",
        summary_en="Clustered development of service industries such as CRO/CDMO.",
        summary_zh_hans="促进CRO/CDMO等科技服务业集聚发展。",
    )
    OrganizationFactory(
        name_en=ORGANIZATION,
        name_zh_hans="亦庄咨询",
        description_en="Consulting for biomedicine/health and R&D firms.",
        description_zh_hans="为生物医药/大健康和研发企业提供咨询。",
    )
    OrganizationFactory(name_en="Unrelated Robotics", description_en="Robots.")


@pytest.mark.parametrize("language", ["en", "zh-hans"])
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("CRO", AGREEMENT),
        ("cdmo", AGREEMENT),
        ("CRO/CDMO", AGREEMENT),
        ("CRO / CDMO", AGREEMENT),
        ('"CRO/CDMO"', AGREEMENT),
        ("biomedicine", ORGANIZATION),
        ("health", ORGANIZATION),
        ("biomedicine/health", ORGANIZATION),
        ("R&D", ORGANIZATION),
    ],
)
def test_any_word_of_a_slashed_compound_finds_the_item(
    client, slashed, language, query, expected
):
    found = titles(client.get(f"/{language}/search/", {"q": query}))
    titles_zh = {AGREEMENT: "服务平台合作", ORGANIZATION: "亦庄咨询"}
    assert found == [expected if language == "en" else titles_zh[expected]]


def test_slashed_compound_needs_both_its_words(slashed):
    assert not Agreement.objects.published().search("CRO/robots").exists()


def test_query_reads_a_slash_as_a_space_and_shows_it_as_typed():
    terms = SearchTerms.parse("CRO/CDMO services")
    assert terms.latin == "CRO CDMO services"
    assert terms.text == "CRO/CDMO services"


def test_slashed_word_is_marked_in_the_snippet(client, slashed):
    html = client.get(RESULTS, {"q": "CDMO", "type": "agreements"}).content.decode()
    assert "such as CRO/<mark>CDMO</mark>." in html


def test_stored_document_holds_the_words_of_the_compound(slashed):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_en FROM agreements_agreement WHERE title_en = %s",
            [AGREEMENT],
        )
        (vector,) = cursor.fetchone()
    assert "'cro'" in vector
    assert "'cdmo'" in vector
    assert "/" not in vector
