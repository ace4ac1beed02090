from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from apps.agreements.models import Agreement, PartyRole
from apps.organizations.models import Organization
from tests.factories.agreements import AgreementFactory, AgreementPartyFactory
from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_amount_cannot_be_negative():
    with pytest.raises(IntegrityError), transaction.atomic():
        AgreementFactory(amount=-1)


def test_zero_amount_is_accepted():
    assert AgreementFactory(amount=0).pk


def test_a_signing_has_at_least_one_project():
    with pytest.raises(IntegrityError), transaction.atomic():
        AgreementFactory(project_count=0)


def test_saving_with_a_date_fills_the_year_from_it():
    agreement = AgreementFactory(signed_year=2020, signed_on=dt.date(2025, 7, 10))
    agreement.refresh_from_db()
    assert agreement.signed_year == 2025


def test_database_refuses_a_year_that_contradicts_the_date():
    agreement = AgreementFactory(signed_on=dt.date(2025, 7, 10))
    with pytest.raises(IntegrityError), transaction.atomic():
        # update() bypasses save(), which would otherwise fix the year.
        Agreement.objects.filter(pk=agreement.pk).update(signed_year=2024)


def test_year_without_a_date_is_accepted():
    agreement = AgreementFactory(signed_year=2023, signed_on=None, project_count=12)
    assert agreement.signed_year == 2023


def test_agreement_slugs_are_unique():
    AgreementFactory(slug="strategic-cooperation")
    with pytest.raises(IntegrityError), transaction.atomic():
        AgreementFactory(slug="strategic-cooperation")


def test_an_organization_that_signed_cannot_be_deleted():
    party = AgreementPartyFactory()
    with pytest.raises(ProtectedError), transaction.atomic():
        party.organization.delete()
    assert Organization.objects.filter(pk=party.organization_id).exists()


def test_an_organization_that_signed_nothing_can_be_deleted():
    organization = OrganizationFactory()
    organization.delete()
    assert not Organization.objects.filter(pk=organization.pk).exists()


def test_deleting_an_agreement_removes_its_parties_not_the_organizations():
    party = AgreementPartyFactory()
    party.agreement.delete()
    assert Organization.objects.filter(pk=party.organization_id).exists()


def test_same_organization_cannot_sign_twice_in_the_same_role():
    party = AgreementPartyFactory(role=PartyRole.SIGNATORY)
    with pytest.raises(IntegrityError), transaction.atomic():
        AgreementPartyFactory(
            agreement=party.agreement,
            organization=party.organization,
            role=PartyRole.SIGNATORY,
        )


def test_str_of_agreement_and_party():
    agreement = AgreementFactory(title_en="Strategic cooperation agreement")
    party = AgreementPartyFactory(
        agreement=agreement,
        organization=OrganizationFactory(name_en="Biocytogen"),
        role=PartyRole.LEAD,
    )
    assert str(agreement) == "Strategic cooperation agreement"
    assert str(party) == "Biocytogen (Lead party)"
