from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from apps.organizations.models import OrganizationKind, ServiceField
from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_reader_filters_the_directory_and_opens_a_service_provider(page):
    OrganizationFactory(name_en="BeiGene", kind=OrganizationKind.COMPANY)
    OrganizationFactory(
        name_en="Biocytogen",
        slug="biocytogen",
        kind=OrganizationKind.SERVICE_PROVIDER,
        service_fields=[ServiceField.CRO_CDMO],
        description_en="Professional service organization for innovative drugs.",
    )
    OrganizationFactory(
        name_en="Clinical Translation Partner",
        kind=OrganizationKind.SERVICE_PROVIDER,
    )

    page.goto("/en/directory/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Enterprise directory")
    page.get_by_label("Kind").select_option("service_provider")
    page.get_by_label("Search", exact=True).fill("bio")
    page.get_by_role("button", name="Apply").click()

    expect(page).to_have_url(re.compile(r"kind=service_provider"))
    results = page.locator("main .card__title")
    expect(results).to_have_count(1)
    expect(results).to_have_text("Biocytogen")

    page.get_by_role("link", name="Biocytogen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Biocytogen")
    cta = page.get_by_role("link", name="Ask about this organization's services")
    expect(cta).to_be_visible()
    expect(cta).to_have_attribute(
        "href", re.compile(r"/en/contact/\?kind=service&organization=biocytogen$")
    )
