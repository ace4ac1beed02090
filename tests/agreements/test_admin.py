from __future__ import annotations

import pytest

from apps.agreements.models import Agreement
from tests.core.admin_forms import admin_url, form_errors, inline_data, publishing_data
from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_staff_creates_an_agreement_with_five_parties(admin_client):
    committee = OrganizationFactory(name_en="Special Committee")
    units = OrganizationFactory.create_batch(4)

    response = admin_client.post(
        admin_url(Agreement, "add"),
        {
            **publishing_data(),
            "title_en": "Five units sign with the Special Committee",
            "title_zh_hans": "五家单位与专委会签约",
            "slug": "five-units-special-committee",
            "kind": "cooperation",
            "progress": "signed",
            "signed_year": "2025",
            "project_count": "1",
            "currency": "CNY",
            **inline_data(
                "parties",
                [{"organization": committee.pk, "role": "lead", "order": "0"}]
                + [
                    {"organization": unit.pk, "role": "signatory", "order": str(i)}
                    for i, unit in enumerate(units, start=1)
                ],
            ),
        },
    )

    assert response.status_code == 302, form_errors(response)
    agreement = Agreement.objects.get(slug="five-units-special-committee")
    parties = list(agreement.parties.select_related("organization"))
    assert len(parties) == 5
    assert parties[0].organization == committee
    assert parties[0].role == "lead"
    assert {party.organization for party in parties[1:]} == set(units)


def test_agreement_form_chooses_parties_by_autocomplete_not_by_id(admin_client):
    response = admin_client.get(admin_url(Agreement, "add"))

    assert response.status_code == 200
    assert 'class="admin-autocomplete' in response.text
    assert 'name="parties-__prefix__-organization"' in response.text
    assert "vForeignKeyRawIdAdminField" not in response.text
