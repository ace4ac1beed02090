"""Printing a page from the browser gives a clean document: the content in black on
white under the brand, no navigation, search, forms or buttons, the address of an
outside link written after it, tables kept whole on a page (static/css/portal.css,
the print section)."""

from __future__ import annotations

import pytest

from tests.factories.districts import IndicatorFactory

pytestmark = pytest.mark.django_db(transaction=True)


PRINTED = """() => {
  const shown = sel => [...document.querySelectorAll(sel)]
    .filter(el => getComputedStyle(el).display !== 'none').length;
  const link = document.querySelector('main a[href^="http"]');
  return {
    chrome: shown(
      '.site-nav, .site-menu, .site-search, .lang-switch, main form, main .button'),
    brand: shown('.brand'),
    ink: getComputedStyle(document.querySelector('main h1')).color,
    paper: getComputedStyle(document.body).backgroundColor,
    href: link ? getComputedStyle(link, '::after').content : null,
    tables: [...document.querySelectorAll('main table')]
      .map(t => getComputedStyle(t).breakInside),
  };
}"""


def test_printed_page_is_the_content_in_black_on_white(page, daxing, changping):
    IndicatorFactory(
        district=daxing,
        year=2022,
        value=80,
        source="Bureau",
        source_url="https://example.com/figures",
    )
    for url in (
        "/en/districts/daxing/",
        "/zh-hans/districts/compare/?d=daxing&d=changping",
    ):
        page.goto(url)
        page.emulate_media(media="print")
        printed = page.evaluate(PRINTED)
        assert printed["chrome"] == 0, url
        assert printed["brand"] == 1
        assert printed["ink"] == "rgb(0, 0, 0)"
        assert printed["paper"] in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)")
        assert printed["tables"]
        assert set(printed["tables"]) == {"avoid"}
    page.goto("/en/districts/daxing/")
    page.emulate_media(media="print")
    assert "https://example.com/figures" in page.evaluate(PRINTED)["href"]
    assert page.pdf()[:4] == b"%PDF"
