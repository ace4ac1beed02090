"""The services page shows the first providers of each field, not all of them."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from apps.organizations.models import OrganizationKind, ServiceField
from apps.organizations.views import SERVICES_PER_FIELD
from tests.factories.organizations import OrganizationFactory

SERVICES = reverse("organizations:services")
LIST = reverse("organizations:list")

pytestmark = pytest.mark.django_db


def _providers(count: int, field: ServiceField) -> None:
    for n in range(count):
        OrganizationFactory(
            name_en=f"Provider {n:03d}",
            kind=OrganizationKind.SERVICE_PROVIDER,
            service_fields=[field],
        )


def test_services_page_shows_the_first_providers_and_links_to_all(client):
    _providers(SERVICES_PER_FIELD + 3, ServiceField.CRO_CDMO)
    _providers(2, ServiceField.DEVICE_RD)
    response = client.get(SERVICES)
    groups = {field.value: orgs for field, orgs in response.context["groups"]}
    shown = [org.name for org in groups["cro_cdmo"]]
    assert shown == [f"Provider {n:03d}" for n in range(SERVICES_PER_FIELD)]
    assert len(groups["device_rd"]) == 2
    text = response.text
    # The badge counts every provider of the field, not only the ones shown.
    assert re.search(
        rf'#cro_cdmo">[^<]+</a> <span class="badge">{SERVICES_PER_FIELD + 3}<', text
    )
    assert f"See all {SERVICES_PER_FIELD + 3} providers in the directory" in text
    assert f'href="{LIST}?service=cro_cdmo"' in text
    # A field with few providers shows them all and needs no link.
    assert f'href="{LIST}?service=device_rd"' not in text


def test_directory_filters_by_service_field(client):
    OrganizationFactory(
        name_en="CRO one",
        kind=OrganizationKind.SERVICE_PROVIDER,
        service_fields=[ServiceField.CRO_CDMO],
    )
    OrganizationFactory(
        name_en="Finance one",
        kind=OrganizationKind.SERVICE_PROVIDER,
        service_fields=[ServiceField.INVESTMENT_FINANCE],
    )
    OrganizationFactory(name_en="Plain company", kind=OrganizationKind.COMPANY)
    response = client.get(LIST, {"service": "cro_cdmo"})
    assert [o.name for o in response.context["organizations"]] == ["CRO one"]
    everything = client.get(LIST)
    assert len(everything.context["organizations"]) == 3


def test_unknown_service_field_gives_an_error_not_a_500(client):
    response = client.get(LIST, {"service": "nonsense"})
    assert response.status_code == 200
    assert "Some filters are not valid" in response.text
