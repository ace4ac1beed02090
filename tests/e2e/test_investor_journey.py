"""An investor's journey: home → a district → one of its parks → an organization in
the park → its inquiry call to action, in both languages and on a phone, with no
serious accessibility violation on the way; then back through the history."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import expect

from apps.districts.models import Qualifier
from apps.organizations.models import OrganizationKind, ServiceField
from apps.parks.models import ParkKind
from tests.factories.districts import DistrictFactory, IndicatorFactory, MetricFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db(transaction=True)

AXE = Path(__file__).parent / "vendor" / "axe.min.js"


@pytest.fixture
def journey_data():
    daxing = DistrictFactory(
        name_en="Daxing",
        name_zh_hans="大兴区",
        slug="daxing",
        featured=True,
        summary_en="A district of Beijing.",
        summary_zh_hans="北京市的一个区。",
    )
    metric = MetricFactory(
        name_en="Industry scale",
        name_zh_hans="产业规模",
        unit="CNY",
    )
    for year, value in ((2021, 60 * 10**9), (2022, 80 * 10**9)):
        IndicatorFactory(
            district=daxing,
            metric=metric,
            year=year,
            value=value,
            qualifier=Qualifier.ABOUT,
        )
    park = ParkFactory(
        name_en="Daxing Biomedical Industry Base",
        name_zh_hans="大兴生物医药产业基地",
        slug="daxing-biomedical-base",
        district=daxing,
        kind=ParkKind.INDUSTRIAL_BASE,
        latitude=Decimal("39.7"),
        longitude=Decimal("116.33"),
        address_en="Daxing District, Beijing",
    )
    OrganizationFactory(
        name_en="Biocytogen",
        name_zh_hans="百奥赛图",
        slug="biocytogen",
        kind=OrganizationKind.SERVICE_PROVIDER,
        service_fields=[ServiceField.CRO_CDMO],
        district=daxing,
        park=park,
    )
    return daxing


def assert_accessible(page) -> None:
    # Evaluated through DevTools: the page's CSP forbids injected <script> tags.
    page.evaluate(AXE.read_text() + "\n;undefined")
    result = page.evaluate("axe.run()")
    serious = [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def assert_fits_the_screen(page) -> None:
    overflow = page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
    assert overflow is False


def journey(
    page, lang: str, district: str, park: str, organization: str, *, phone=False
):
    # Tiles are outside the test; the page must not depend on them.
    page.route(re.compile(r"^https://tile\."), lambda route: route.abort())
    page.goto(f"/{lang}/")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    checks = [assert_accessible] + ([assert_fits_the_screen] if phone else [])
    for check in checks:
        check(page)

    districts = page.locator("section[aria-labelledby=home-districts]")
    districts.get_by_role("link", name=district, exact=True).click()
    expect(page).to_have_url(re.compile(rf"/{lang}/districts/daxing/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(district)
    expect(page.locator("svg.chart[role=img]")).to_have_count(1)
    for check in checks:
        check(page)

    parks = page.locator("section[aria-labelledby=parks]")
    parks.get_by_role("link", name=park, exact=True).click()
    expect(page).to_have_url(re.compile(rf"/{lang}/parks/daxing-biomedical-base/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(park)
    expect(page.get_by_text("39.7, 116.33")).to_be_visible()
    # With JavaScript the map appears, even though no tile loads.
    expect(page.locator("#park-map.leaflet-container")).to_be_visible()
    for check in checks:
        check(page)

    organizations = page.locator("section[aria-labelledby=organizations]")
    organizations.get_by_role("link", name=organization, exact=True).click()
    expect(page).to_have_url(re.compile(rf"/{lang}/directory/biocytogen/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(organization)
    for check in checks:
        check(page)

    page.locator("main a.button[href*='/contact/']").first.click()
    expect(page).to_have_url(
        re.compile(rf"/{lang}/contact/\?kind=service&organization=biocytogen$")
    )
    expect(page.locator(".inquiry-about")).to_contain_text(organization)
    expect(page.locator("form input[name=email]")).to_be_visible()
    for check in checks:
        check(page)

    page.go_back()
    expect(page).to_have_url(re.compile(rf"/{lang}/directory/biocytogen/$"))
    page.go_back()
    expect(page).to_have_url(re.compile(rf"/{lang}/parks/daxing-biomedical-base/$"))
    page.go_back()
    expect(page).to_have_url(re.compile(rf"/{lang}/districts/daxing/$"))
    page.go_back()
    expect(page).to_have_url(re.compile(rf"/{lang}/$"))


def test_investor_journey_in_english(page, journey_data):
    journey(page, "en", "Daxing", "Daxing Biomedical Industry Base", "Biocytogen")


def test_investor_journey_in_chinese(page, journey_data):
    journey(page, "zh-hans", "大兴区", "大兴生物医药产业基地", "百奥赛图")


def test_investor_journey_on_a_phone(phone_page, journey_data):
    journey(
        phone_page, "zh-hans", "大兴区", "大兴生物医药产业基地", "百奥赛图", phone=True
    )
    journey(
        phone_page,
        "en",
        "Daxing",
        "Daxing Biomedical Industry Base",
        "Biocytogen",
        phone=True,
    )


def test_park_page_without_javascript_gives_address_and_coordinates(
    browser, live_server, journey_data
):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto("/en/parks/daxing-biomedical-base/")
        expect(page.get_by_text("Daxing District, Beijing").first).to_be_visible()
        expect(page.get_by_text("39.7, 116.33")).to_be_visible()
        expect(page.locator("#park-map")).to_be_hidden()
    finally:
        context.close()
