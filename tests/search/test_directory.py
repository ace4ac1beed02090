"""The enterprise directory's text search uses the portal search and its filters."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.factories.districts import DistrictFactory
from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db
LIST = reverse("organizations:list")


def names(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'class="card__title"><a [^>]*>(.*?)</a>', html)


def test_directory_query_combines_with_district_filter(client):
    changping = DistrictFactory(slug="changping", name_zh_hans="昌平区")
    daxing = DistrictFactory(slug="daxing")
    OrganizationFactory(name_en="Genome Labs Changping", district=changping)
    OrganizationFactory(name_en="Genome Labs Daxing", district=daxing)
    OrganizationFactory(name_en="Other Labs", district=changping)
    assert names(client.get(LIST, {"q": "genome", "district": "changping"})) == [
        "Genome Labs Changping"
    ]


def test_directory_query_finds_typos_and_chinese(client):
    OrganizationFactory(name_en="Biocytogen", name_zh_hans="百奥赛图")
    OrganizationFactory(name_en="BeiGene", name_zh_hans="百济神州")
    assert names(client.get(LIST, {"q": "Biocytogn"})) == ["Biocytogen"]
    assert names(client.get(LIST, {"q": "百济神州"})) == ["BeiGene"]


def test_directory_ranks_by_relevance_unless_sorted(client):
    OrganizationFactory(
        name_en="Alpha Services", description_en="We also do genome work."
    )
    OrganizationFactory(name_en="Zeta Genome")
    assert names(client.get(LIST, {"q": "genome"})) == ["Zeta Genome", "Alpha Services"]
    assert names(client.get(LIST, {"q": "genome", "sort": "-name"})) == [
        "Zeta Genome",
        "Alpha Services",
    ]
    assert (
        names(client.get(LIST, {"q": "genome", "sort": "newest"}))[0] == "Zeta Genome"
    )


def test_directory_punctuation_query_lists_everything(client):
    OrganizationFactory(name_en="BeiGene")
    response = client.get(LIST, {"q": "!!!"})
    assert response.status_code == 200
    assert names(response) == ["BeiGene"]
