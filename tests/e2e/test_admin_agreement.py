from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from apps.agreements.models import Agreement
from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "correct-horse-battery-staple"


def test_staff_chooses_agreement_parties_by_name_without_typing_an_id(
    page, django_user_model
):
    django_user_model.objects.create_superuser("staff", "staff@example.com", PASSWORD)
    beigene = OrganizationFactory(name_en="BeiGene", name_zh_hans="百济神州")
    OrganizationFactory(name_en="InnoCare", name_zh_hans="诺诚健华")

    page.goto("/admin/login/?next=/admin/agreements/agreement/add/")
    page.get_by_label("Username").fill("staff")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/admin/agreements/agreement/add/$"))

    page.locator("#id_title_en").press_sequentially("BeiGene signs with Daxing")
    expect(page.locator("#id_slug")).to_have_value("beigene-signs-with-daxing")
    page.locator("#id_kind").select_option("project_signing")
    page.locator("#id_signed_year").fill("2025")

    page.locator("#parties-group .add-row a").click()
    page.locator("#parties-0 .select2-selection").click()
    page.locator(".select2-dropdown .select2-search__field").fill("百济")
    page.locator(".select2-results__option", has_text="BeiGene").click()
    expect(page.locator("#parties-0 .select2-selection__rendered")).to_have_text(
        re.compile("BeiGene")
    )

    page.locator('input[name="_save"]').first.click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    agreement = Agreement.objects.get(slug="beigene-signs-with-daxing")
    assert [party.organization for party in agreement.parties.all()] == [beigene]
