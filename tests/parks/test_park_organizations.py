"""A park's page lists its first organizations and links to all of them."""

from __future__ import annotations

import pytest

from apps.organizations.sections import PARK_ORGANIZATIONS
from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db

PAGE = "/en/parks/daxing-biomedical-base/"


def test_park_page_shows_the_first_organizations_and_links_to_all(client, life_park):
    for n in range(PARK_ORGANIZATIONS + 2):
        OrganizationFactory(park=life_park, name_en=f"Tenant {n:03d}")
    response = client.get(PAGE)
    shown = [org.name for org in response.context["organizations"]]
    assert shown == [f"Tenant {n:03d}" for n in range(PARK_ORGANIZATIONS)]
    assert f"Tenant {PARK_ORGANIZATIONS:03d}" not in response.text
    assert f"See all {PARK_ORGANIZATIONS + 2} organizations in the directory" in (
        response.text
    )
    assert "/en/directory/?park=daxing-biomedical-base" in response.text


def test_park_page_with_few_organizations_needs_no_directory_link(client, life_park):
    OrganizationFactory(park=life_park, name_en="Biocytogen")
    response = client.get(PAGE)
    assert "Biocytogen" in response.text
    assert "/en/directory/?park=" not in response.text
