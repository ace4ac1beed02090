"""Every page type on a 390 x 844 phone, in English and in Chinese: the header stays
within 120 px with 44 px touch targets, nothing scrolls sideways, axe finds no
serious or critical violation, the comparison shows every number whole, a
district's parks start within two screens and an event's facts come first. The
menu opens without JavaScript, from the keyboard too, and each of its links
leads to its page.

One browser, one page per language, the page types from tests/page_types.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from apps.districts.models import Qualifier
from tests.factories.districts import DistrictFactory, IndicatorFactory, MetricFactory
from tests.page_types import LANGUAGES, chinese, load_pages

pytestmark = pytest.mark.django_db(transaction=True)

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
PHONE = {"width": 390, "height": 844}
HEADER_MAX = 120
TOUCH_MIN = 44

# Interactive elements of the header and the open menu that a finger must hit.
TOUCH_TARGETS = """() => [...document.querySelectorAll(
  '.site-header a, .site-header button, .site-header summary, .site-header input')]
  .filter(el => el.getClientRects().length
    && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.visually-hidden'))
  .map(el => { const r = el.getBoundingClientRect();
    return {what: el.outerHTML.slice(0, 60), width: r.width, height: r.height}; })"""

# Each number of the comparison, scrolled into view inside its box: whole, not
# under the sticky first column, not cut by the box's edge.
CLIPPED_NUMBERS = """() => {
  const problems = [];
  for (const cell of document.querySelectorAll('.compare-table td.num')) {
    const box = cell.closest('.table-wrap');
    box.scrollLeft = 0;
    const sticky = cell.parentElement.querySelector('th[scope=row]')
      .getBoundingClientRect();
    let r = cell.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (r.right > b.right) box.scrollLeft += r.right - b.right;
    r = cell.getBoundingClientRect();
    if (cell.scrollWidth > cell.clientWidth + 1 || r.left < sticky.right - 1
        || r.right > b.right + 1 || r.right > window.innerWidth + 1)
      problems.push(cell.textContent.trim());
  }
  return problems;
}"""


@pytest.fixture
def phone(browser, live_server):
    def open_page(*, javascript: bool = True):
        context = browser.new_context(
            base_url=live_server.url,
            viewport=PHONE,
            is_mobile=True,
            has_touch=True,
            java_script_enabled=javascript,
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        # Map tiles are outside the test; the pages must not depend on them.
        page.route(re.compile(r"^https?://(?!127\.0\.0\.1|localhost)"), _abort)
        return page

    contexts = []
    yield open_page
    for context in contexts:
        context.close()


def _abort(route):
    route.abort()


def _axe_problems(page) -> list[str]:
    # Evaluated through DevTools: the page's CSP forbids injected <script> tags.
    page.evaluate(AXE + "\n;undefined")
    result = page.evaluate("axe.run({resultTypes: ['violations']})")
    return [
        f"axe {v['id']} ({v['impact']}): {v['help']} at "
        f"{[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def _layout_problems(page, name: str) -> list[str]:
    problems = []
    header = page.locator(".site-header").bounding_box()["height"]
    if header > HEADER_MAX:
        problems.append(f"header is {header:.0f} px tall")
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    if widths[0] > widths[1]:
        problems.append(f"scrolls sideways: {widths[0]} px wide in {widths[1]} px")
    for target in page.evaluate(TOUCH_TARGETS):
        if target["width"] < TOUCH_MIN - 0.5 or target["height"] < TOUCH_MIN - 0.5:
            problems.append(
                f"touch target {target['width']:.0f} x {target['height']:.0f} px: "
                f"{target['what']}"
            )
    if name == "comparison":
        assert page.locator(".compare-table td.num").count() > 0
        problems += [f"number cut: {n}" for n in page.evaluate(CLIPPED_NUMBERS)]
    if name.startswith("district detail"):
        top = page.locator("#parks").bounding_box()["y"]
        if top > 2 * PHONE["height"]:
            problems.append(f"parks start at {top:.0f} px, past two screens")
    if name == "event detail":
        facts = page.locator(".event__facts").bounding_box()["y"]
        main = page.locator(".event__main").bounding_box()["y"]
        if facts > main or facts > PHONE["height"]:
            problems.append(f"event facts at {facts:.0f} px, below the text")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_fits_a_phone(phone, language):
    pages = load_pages()
    page = phone()
    problems = []
    for name, path in pages:
        url = path if language == "en" else chinese(path)
        response = page.goto(url)
        assert response.status == (404 if name == "not found" else 200), url
        expect(page.locator("html")).to_have_attribute("lang", language)
        problems += [
            f"{name} ({url}): {problem}"
            for problem in _layout_problems(page, name) + _axe_problems(page)
        ]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_opens_without_javascript_and_every_link_works(phone, language):
    page = phone(javascript=False)
    home = f"/{language}/"
    page.goto(home)
    menu = page.locator(".site-menu")
    links = menu.locator(".site-nav a")
    expect(links.first).to_be_hidden()
    entries = [
        (link.get_attribute("href"), link.text_content().strip())
        for link in links.all()
    ]
    assert len(entries) >= 10
    # The desktop bar is not shown on a phone: the menu is the one navigation.
    expect(page.locator(".site-nav--bar")).to_be_hidden()
    for href, label in entries:
        page.goto(home)
        page.locator(".site-menu summary").click()
        link = menu.get_by_role("link", name=label, exact=True)
        expect(link).to_be_visible()
        box = link.bounding_box()
        assert box["height"] >= TOUCH_MIN, label
        assert box["width"] >= TOUCH_MIN, label
        with page.expect_navigation() as navigation:
            link.click()
        response = navigation.value
        assert response.status == 200, href
        assert page.url.endswith(href), (label, page.url)
        expect(page.locator("html")).to_have_attribute("lang", language)


def test_menu_opens_from_the_keyboard(phone):
    page = phone()
    page.goto("/en/")
    summary = page.locator(".site-menu summary")
    # Skip link, brand, then the menu button.
    for _ in range(3):
        page.keyboard.press("Tab")
    expect(summary).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".site-menu")).to_have_attribute("open", "")
    page.keyboard.press("Tab")
    first = page.locator(".site-menu .site-nav a").first
    expect(first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/districts/$"))


def test_four_districts_compare_on_a_phone_with_every_number_whole(phone):
    metric = MetricFactory(
        name_en="Pharmaceutical and healthcare industry scale",
        name_zh_hans="医药健康产业规模",
    )
    slugs = []
    for number in range(4):
        district = DistrictFactory(slug=f"district-{number}")
        IndicatorFactory(
            district=district,
            metric=metric,
            year=2023,
            value=123456789 + number,
            qualifier=Qualifier.AT_LEAST,
        )
        slugs.append(district.slug)
    page = phone()
    query = "&".join(f"d={slug}" for slug in slugs)
    for language in LANGUAGES:
        page.goto(f"/{language}/districts/compare/?{query}")
        expect(page.locator(".compare-table td.num")).to_have_count(4)
        box = page.locator(".compare-table").locator("xpath=..")
        # Wider than the phone: the table scrolls in its box, not the page.
        assert box.evaluate("el => el.scrollWidth > el.clientWidth")
        assert page.evaluate(
            "document.documentElement.scrollWidth"
            " <= document.documentElement.clientWidth"
        )
        assert page.evaluate(CLIPPED_NUMBERS) == []
