"""The header marks the page's own entry of the main navigation as current."""

from __future__ import annotations

import re

import pytest

from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db


def current_entries(response) -> list[str]:
    nav = response.text.split('<nav class="site-nav site-nav--bar"', 1)[1].split(
        "</nav>", 1
    )[0]
    return re.findall(r'<a href="[^"]*" aria-current="page">([^<]*)</a>', nav)


def test_services_page_marks_services_not_the_directory(client):
    assert current_entries(client.get("/en/directory/services/")) == ["Services"]


def test_directory_page_marks_the_directory(client):
    assert current_entries(client.get("/en/directory/")) == ["Directory"]


def test_organization_page_marks_its_section(client):
    OrganizationFactory(slug="beigene", name="BeiGene")
    assert current_entries(client.get("/en/directory/beigene/")) == ["Directory"]


def test_page_outside_the_navigation_marks_nothing(client):
    assert current_entries(client.get("/en/")) == []
