"""An investor uses the site finder and sends the shortlist as one inquiry."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from apps.inquiries.models import Inquiry
from apps.opportunities.models import OpportunityKind, PlanningStatus
from apps.parks.models import ParkKind
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.opportunities import OpportunityFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory


@pytest.fixture
def catalogue(transactional_db, settings):
    settings.PORTAL_INQUIRY_MIN_SECONDS = 0
    daxing = DistrictFactory(name_en="Daxing", name_zh_hans="大兴区", slug="daxing")
    changping = DistrictFactory(name_en="Changping", slug="changping")
    bio = IndustryFactory(name_en="Biomedicine", slug="biomedicine")
    base = ParkFactory(
        name_en="Daxing Biomedical Industry Base",
        slug="daxing-bio-base",
        district=daxing,
        kind=ParkKind.INDUSTRIAL_BASE,
        available_space_sqm=5000,
    )
    base.industries.add(bio)
    other = ParkFactory(
        name_en="Changping Science Park",
        slug="changping-park",
        district=changping,
        available_space_sqm=300,
    )
    other.industries.add(bio)
    OpportunityFactory(
        title_en="Ready lab floor",
        slug="lab-floor",
        kind=OpportunityKind.SPACE,
        district=daxing,
        park=base,
        area_sqm=2000,
        planning_status=PlanningStatus.READY,
        industries=[bio],
    )
    policy = PolicyFactory(title_en="Daxing biomedicine measures", slug="dx-bio")
    policy.industries.add(bio)


def test_investor_finds_sites_and_sends_the_shortlist(page, catalogue):
    page.goto("/en/site-finder/")
    page.get_by_label("Your industry").select_option("biomedicine")
    page.get_by_label("Stage of your company").select_option("growth")
    page.get_by_label("Space needed (m²)").fill("1500")
    page.get_by_label("Preferred district").select_option("daxing")
    page.get_by_label("When do you need it?").select_option("6_months")
    page.get_by_role("button", name="Find sites").click()

    matches = page.locator(".finder-match")
    expect(matches).to_have_count(3)
    expect(matches.nth(0)).to_contain_text("Daxing Biomedical Industry Base")
    expect(matches.nth(1)).to_contain_text("Ready lab floor")
    expect(matches.nth(2)).to_contain_text("Changping Science Park")
    expect(matches.nth(0)).to_contain_text("5000 m² available, you need 1500 m²")
    expect(matches.nth(0)).to_contain_text("In your preferred district")
    expect(matches.nth(0)).to_contain_text(
        "Policies that apply: Daxing biomedicine measures"
    )
    expect(matches.nth(2)).not_to_contain_text("In your preferred district")

    page.get_by_role("link", name="Send this shortlist to the investment team").click()
    expect(page.locator(".inquiry-about")).to_contain_text("Ready lab floor")
    expect(page.locator(".inquiry-about")).to_contain_text("Changping Science Park")
    expect(page.get_by_label("What is your inquiry about?")).to_have_value("invest")
    expect(page.get_by_label("District")).to_have_value("daxing")

    page.get_by_label("Your name").fill("Anna Schmidt")
    page.get_by_label("E-mail").fill("anna@example.com")
    page.get_by_label("Your message").fill("Please tell us more about these sites.")
    page.get_by_label(re.compile("I agree")).check()
    page.get_by_role("button", name="Send inquiry").click()

    expect(page).to_have_url(re.compile(r"/en/contact/thanks/$"))
    reference = page.locator(".inquiry-reference").inner_text()
    assert re.fullmatch(r"INQ-\d{4}-\d{6}", reference)
    inquiry = Inquiry.objects.get(reference=reference)
    assert inquiry.kind == "invest"
    assert inquiry.concerns == (
        "Daxing · Shortlist: Daxing Biomedical Industry Base, Ready lab floor, "
        "Changping Science Park"
    )
