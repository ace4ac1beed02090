from __future__ import annotations

import re

from playwright.sync_api import expect


def test_home_page_loads_in_english_and_switches_to_chinese(page):
    page.goto("/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    page.get_by_role("link", name="简体中文").click()
    expect(page).to_have_url(re.compile(r"/zh-hans/$"))
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")

    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/$"))


def test_home_page_fits_a_phone_screen(phone_page):
    phone_page.goto("/zh-hans/")
    expect(phone_page.locator("html")).to_have_attribute("lang", "zh-hans")
    overflow = phone_page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
    assert overflow is False
