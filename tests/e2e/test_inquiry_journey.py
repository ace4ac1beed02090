from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from apps.inquiries.models import Inquiry, InquiryStatus
from tests.factories.districts import DistrictFactory


@pytest.fixture
def daxing(transactional_db, settings):
    settings.PORTAL_INQUIRY_MIN_SECONDS = 0
    return DistrictFactory(name_en="Daxing", name_zh_hans="大兴区", slug="daxing")


def test_investor_sends_an_inquiry_and_staff_answer_it(page, daxing):
    page.goto("/en/contact/?kind=invest&district=daxing")
    expect(page.locator(".inquiry-about")).to_contain_text("Daxing")
    expect(page.get_by_label("What is your inquiry about?")).to_have_value("invest")
    expect(page.get_by_label("District")).to_have_value("daxing")
    # The trap field is out of sight.
    expect(page.locator("input[name=website]")).not_to_be_in_viewport()

    page.get_by_label("Your name").fill("Anna Schmidt")
    page.get_by_label("Organization", exact=True).fill("Example Biotech GmbH")
    page.get_by_label("E-mail").fill("anna@example.com")
    page.get_by_label("Phone").fill("+49 30 1234 5678")
    page.get_by_label("Your message").fill("We plan a medical device plant.")
    page.get_by_label(re.compile("I agree")).check()
    page.get_by_role("button", name="Send inquiry").click()

    expect(page).to_have_url(re.compile(r"/en/contact/thanks/$"))
    reference = page.locator(".inquiry-reference").inner_text()
    assert re.fullmatch(r"INQ-\d{4}-\d{6}", reference)
    inquiry = Inquiry.objects.get(reference=reference)
    assert inquiry.district == daxing

    get_user_model().objects.create_superuser(
        "handler", "handler@invest.example", "a-long-test-password"
    )
    page.goto("/admin/login/?next=/admin/inquiries/inquiry/")
    page.get_by_label("Username").fill("handler")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()

    page.locator("#searchbar").fill(reference)
    page.locator("#searchbar").press("Enter")
    page.get_by_role("link", name=reference).click()
    page.locator("select[name=status]").select_option("answered")
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.ANSWERED
    assert inquiry.status_changes.get().to_status == InquiryStatus.ANSWERED
