"""An investor goes from the home page to a sector page, on to a district that
hosts it, reads its contact card and sends an inquiry that reaches that contact."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import expect

from apps.inquiries.models import Inquiry, OutboxMessage
from tests.factories.contacts import ContactPersonFactory
from tests.factories.districts import DistrictFactory, IndustryFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def sector(settings):
    settings.PORTAL_INQUIRY_MIN_SECONDS = 0
    settings.PORTAL_OFFICE_EMAIL = "office@invest.example"
    biomedicine = IndustryFactory(
        name_en="Biomedicine", name_zh_hans="生物医药", slug="biomedicine"
    )
    daxing = DistrictFactory(
        name_en="Daxing",
        name_zh_hans="大兴区",
        slug="daxing",
        inquiry_email="daxing-team@invest.example",
    )
    daxing.industries.add(biomedicine)
    return ContactPersonFactory(
        name_en="Li Rong",
        title_en="Deputy Director",
        office_en="Daxing District Investment Promotion Center",
        email="li.rong@invest.example",
        districts=[daxing],
    )


def test_investor_reaches_the_contact_of_a_sector_district(page, sector):
    page.goto("/en/")
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Industries"
    ).click()
    expect(page).to_have_url(re.compile(r"/en/industries/$"))
    page.get_by_role("link", name="Biomedicine").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Biomedicine")

    page.get_by_role("link", name="Daxing").first.click()
    expect(page).to_have_url(re.compile(r"/en/districts/daxing/$"))
    card = page.locator("#contact-" + str(sector.pk))
    expect(card).to_contain_text("Li Rong")
    expect(card).to_contain_text("Deputy Director")

    page.get_by_role("link", name="Contact Daxing's team").last.click()
    page.get_by_label("Your name").fill("Anna Schmidt")
    page.get_by_label("E-mail").fill("anna@example.com")
    page.get_by_label("Your message").fill("We look for lab space in Daxing.")
    page.get_by_label(re.compile("I agree")).check()
    page.get_by_role("button", name="Send inquiry").click()
    expect(page).to_have_url(re.compile(r"/en/contact/thanks/$"))

    inquiry = Inquiry.objects.get()
    assert inquiry.suggested_contact == sector
    notice = OutboxMessage.objects.get(inquiry=inquiry, kind="notice")
    assert notice.to == "li.rong@invest.example"
    call_command("send_outbox")
    assert "li.rong@invest.example" in [message.to[0] for message in mail.outbox]
