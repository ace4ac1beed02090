from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from apps.organizations.models import DesignationKind, Organization
from tests.factories.organizations import DesignationFactory, OrganizationFactory

pytestmark = pytest.mark.django_db


def test_organization_slugs_are_unique():
    OrganizationFactory(slug="beigene")
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganizationFactory(slug="beigene")


def test_a_parent_with_units_cannot_be_deleted():
    parent = OrganizationFactory()
    OrganizationFactory(parent=parent)
    with pytest.raises(ProtectedError), transaction.atomic():
        parent.delete()
    assert Organization.objects.filter(pk=parent.pk).exists()


def test_one_designation_of_a_kind_per_organization_and_exchange():
    designation = DesignationFactory(kind=DesignationKind.LISTED, exchange="HKEX")
    DesignationFactory(
        organization=designation.organization,
        kind=DesignationKind.LISTED,
        exchange="NASDAQ",
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        DesignationFactory(
            organization=designation.organization,
            kind=DesignationKind.LISTED,
            exchange="HKEX",
        )


def test_str_of_organization_and_designations():
    organization = OrganizationFactory(name_en="BeiGene")
    assert str(organization) == "BeiGene"
    listed = DesignationFactory(
        organization=organization,
        kind=DesignationKind.LISTED,
        exchange="HKEX",
        stock_code="06160",
    )
    assert str(listed) == "Listed (HKEX 06160)"
    assert str(DesignationFactory(kind=DesignationKind.UNICORN)) == "Unicorn"
    code_only = DesignationFactory(kind=DesignationKind.LISTED, stock_code="123")
    assert str(code_only) == "Listed (123)"
