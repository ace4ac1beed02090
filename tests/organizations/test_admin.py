from __future__ import annotations

import pytest

from apps.organizations.models import Organization
from tests.core.admin_forms import admin_url, form_errors, inline_data, publishing_data
from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_organization_search_finds_by_chinese_name(admin_client):
    beigene = OrganizationFactory(name_en="BeiGene", name_zh_hans="百济神州")
    OrganizationFactory(name_en="InnoCare", name_zh_hans="诺诚健华")

    response = admin_client.get(admin_url(Organization, "changelist"), {"q": "百济"})

    assert list(response.context["cl"].result_list) == [beigene]
    assert "BeiGene" in response.text


def test_autocomplete_finds_an_organization_by_chinese_name(admin_client):
    beigene = OrganizationFactory(name_en="BeiGene", name_zh_hans="百济神州")
    OrganizationFactory(name_en="InnoCare", name_zh_hans="诺诚健华")

    response = admin_client.get(
        "/admin/autocomplete/",
        {
            "term": "百济",
            "app_label": "agreements",
            "model_name": "agreementparty",
            "field_name": "organization",
        },
    )

    assert response.status_code == 200
    assert response.json()["results"] == [{"id": str(beigene.pk), "text": "BeiGene"}]


def test_service_fields_are_ticked_as_checkboxes(admin_client):
    response = admin_client.post(
        admin_url(Organization, "add"),
        {
            **publishing_data(),
            "name_en": "Clinical Services Ltd",
            "slug": "clinical-services",
            "kind": "service_provider",
            "service_fields": ["cro_cdmo", "clinical_translation"],
            **inline_data("designations", []),
        },
    )

    assert response.status_code == 302, form_errors(response)
    organization = Organization.objects.get(slug="clinical-services")
    assert organization.service_fields == ["cro_cdmo", "clinical_translation"]

    page = admin_client.get(admin_url(Organization, "change", organization.pk))
    assert 'type="checkbox" name="service_fields" value="cro_cdmo"' in page.text
    assert 'value="device_rd"' in page.text


def test_unknown_service_field_is_refused_with_a_message(admin_client):
    response = admin_client.post(
        admin_url(Organization, "add"),
        {
            **publishing_data(),
            "name_en": "Odd Ltd",
            "slug": "odd",
            "kind": "company",
            "service_fields": ["astrology"],
            **inline_data("designations", []),
        },
    )

    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert not Organization.objects.filter(slug="odd").exists()
