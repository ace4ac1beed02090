"""The named examples of the search issue, each found on the first page."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from apps.core.models import Status
from tests.factories.districts import DistrictFactory
from tests.factories.events import EventFactory
from tests.factories.news import ArticleFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory

from .helpers import RESULTS, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def portal():
    """A little of every kind, named as in the seed articles."""
    DistrictFactory(
        name_en="Changping District",
        name_zh_hans="昌平区",
        summary_en="Home of Zhongguancun Life Science Park.",
        summary_zh_hans="中关村生命科学园坐落于昌平区。",
    )
    DistrictFactory(name_en="Daxing District", name_zh_hans="大兴区")
    OrganizationFactory(name_en="BeiGene", name_zh_hans="百济神州")
    OrganizationFactory(
        name_en="Biocytogen Pharmaceuticals (Beijing) Co., Ltd.",
        name_zh_hans="百奥赛图（北京）医药科技股份有限公司",  # noqa: RUF001
    )
    OrganizationFactory(name_en="Wantai BioPharm", name_zh_hans="万泰生物")
    ParkFactory(
        name_en="Daxing Biomedical Industry Base",
        name_zh_hans="大兴生物医药产业基地",
    )
    PolicyFactory(
        title_en="Measures to support innovative drugs",
        title_zh_hans="支持创新药发展的若干措施",
        body_en="Hospitals that run a clinical trial receive support.",
        body_zh_hans="开展临床试验的医院可获得支持。",
    )
    ArticleFactory(
        title_en="Forum in Daxing",
        title_zh_hans="大兴论坛",
        body_en="Twelve projects were signed.",
        body_zh_hans="十二个生物医药项目签约。",
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("clinical trials", "Measures to support innovative drugs"),
        ("Biocytogn", "Biocytogen Pharmaceuticals (Beijing) Co., Ltd."),
        ("biocytogen", "Biocytogen Pharmaceuticals (Beijing) Co., Ltd."),
        ("生物医药", "Daxing Biomedical Industry Base"),
        ("生物医药", "Forum in Daxing"),
        ("百济神州", "BeiGene"),
        ("昌平", "Changping District"),
        ("医药", "Biocytogen Pharmaceuticals (Beijing) Co., Ltd."),
        ("医药", "Daxing Biomedical Industry Base"),
        ("BeiGene 百济神州", "BeiGene"),
    ],
)
def test_query_finds_expected_item_on_first_page(client, portal, query, expected):
    assert expected in titles(client.get(RESULTS, {"q": query}))


def test_chinese_query_does_not_find_items_without_its_characters(client, portal):
    found = titles(client.get(RESULTS, {"q": "百济神州"}))
    assert found == ["BeiGene"]


def test_chinese_reader_sees_chinese_titles_and_marked_snippet(client, portal):
    response = client.get("/zh-hans/search/", {"q": "生物医药"})
    assert "大兴生物医药产业基地" in titles(response)
    assert "十二个<mark>生物医药</mark>项目签约。" in response.content.decode()


def test_english_snippet_marks_other_forms_of_the_word(client, portal):
    response = client.get(RESULTS, {"q": "clinical trials", "type": "policies"})
    assert "run a <mark>clinical</mark> <mark>trial</mark>" in response.content.decode()


def test_name_match_ranks_above_body_only_match(client):
    ArticleFactory(
        title_en="Quarterly review",
        body_en="Vaccines, vaccines and more vaccines were discussed at length.",
    )
    ArticleFactory(title_en="Vaccines for the region", body_en="A short note.")
    assert titles(client.get(RESULTS, {"q": "vaccine", "type": "news"})) == [
        "Vaccines for the region",
        "Quarterly review",
    ]


def test_single_chinese_character_finds_words_it_starts(client, portal):
    assert "Changping District" in titles(client.get(RESULTS, {"q": "昌"}))


@pytest.mark.parametrize(
    "hidden",
    [
        {"status": Status.DRAFT},
        {"published_at": timezone.now() + dt.timedelta(days=3)},
    ],
    ids=["draft", "scheduled"],
)
def test_unpublished_items_are_never_found(client, hidden):
    factories = [
        DistrictFactory,
        OrganizationFactory,
        ParkFactory,
        PolicyFactory,
        ArticleFactory,
    ]
    name_fields = {
        DistrictFactory: "name",
        OrganizationFactory: "name",
        ParkFactory: "name",
    }
    for factory in factories:
        field = name_fields.get(factory, "title")
        factory(
            **{f"{field}_en": "Secret genome", f"{field}_zh_hans": "秘密基因"}, **hidden
        )
    EventFactory(title_en="Secret genome", title_zh_hans="秘密基因", **hidden)
    for query in ("genome", "秘密基因", "Secret genom"):
        response = client.get(RESULTS, {"q": query})
        assert response.status_code == 200
        assert titles(response) == []
        for kind in (
            "districts",
            "organizations",
            "parks",
            "events",
            "policies",
            "news",
        ):
            assert titles(client.get(RESULTS, {"q": query, "type": kind})) == []


def test_results_of_a_type_are_paginated(client, settings):
    settings.PORTAL_PAGE_SIZE = 2
    for number in range(5):
        ArticleFactory(title_en=f"Genome study {number}")
    first = client.get(RESULTS, {"q": "genome", "type": "news"})
    last = client.get(RESULTS, {"q": "genome", "type": "news", "page": 3})
    assert len(titles(first)) == 2
    assert len(titles(last)) == 1
    assert "Page 1 of 3" in first.content.decode()


def test_pages_of_a_type_continue_the_best_results_of_the_all_types_page(
    client, settings
):
    settings.PORTAL_PAGE_SIZE = 2
    for number in range(2):
        ArticleFactory(title_en=f"Study {number}", body_en="A genome study.")
    for number in range(3):
        ArticleFactory(title_en=f"Genome news {number}", summary_en="Genome.")
    best = titles(client.get(RESULTS, {"q": "genome"}))
    pages = [
        titles(client.get(RESULTS, {"q": "genome", "type": "news", "page": page}))
        for page in (1, 2, 3)
    ]
    assert [title for page in pages for title in page] == best
    assert best[:3] == ["Genome news 0", "Genome news 1", "Genome news 2"]


def test_all_types_page_groups_results_with_counts(client, portal):
    response = client.get(RESULTS, {"q": "医药"})
    html = response.content.decode()
    assert 'id="group-organizations"' in html
    assert 'id="group-parks"' in html
    assert 'href="?q=%E5%8C%BB%E8%8D%AF&amp;type=parks"' in html


def test_several_words_match_by_full_text_not_by_similar_names(db):
    """Typo tolerance is for one word: a query of several words does not list every
    name that merely resembles it (which would cost a scan of most names)."""
    from apps.organizations.models import Organization

    OrganizationFactory(name_en="Synthetic Robotics 00041")
    OrganizationFactory(name_en="Synthetic Robotics 00042")
    found = Organization.objects.published().search("Synthetic Robotics 00042")
    assert [org.name_en for org in found] == ["Synthetic Robotics 00042"]
    typo = Organization.objects.published().search("Roboticks")
    assert sorted(org.name_en for org in typo) == [
        "Synthetic Robotics 00041",
        "Synthetic Robotics 00042",
    ]
