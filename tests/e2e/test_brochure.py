# ruff: noqa: RUF001  (Chinese text with full-width punctuation)
"""An investor downloads a district's profile from its page, in English and in
Chinese, and the PDF reads as the page does."""

from __future__ import annotations

from pathlib import Path

import pytest

from apps.districts.models import Qualifier
from tests.brochures.conftest import pdf_fonts, pdf_text
from tests.factories.districts import (
    DistrictFactory,
    IndicatorFactory,
    MetricFactory,
)

BILLION = 10**9


@pytest.fixture
def daxing(transactional_db):
    district = DistrictFactory(name_en="Daxing", name_zh_hans="大兴区", slug="daxing")
    metric = MetricFactory(
        name_en="Industry scale",
        name_zh_hans="产业规模",
        unit="CNY",
    )
    IndicatorFactory(
        district=district,
        metric=metric,
        year=2022,
        value=80 * BILLION,
        qualifier=Qualifier.ABOUT,
    )
    return district


def download(page, link_name: str) -> bytes:
    with page.expect_download() as info:
        page.get_by_role("link", name=link_name).first.click()
    download = info.value
    assert download.suggested_filename.startswith("daxing-")
    return Path(download.path()).read_bytes()


def test_investor_downloads_the_district_profile_in_both_languages(page, daxing):
    page.goto("/en/districts/daxing/")
    english = download(page, "Download the profile (PDF)")
    text = pdf_text(english)
    assert "Daxing" in text
    assert "about 80 billion yuan" in text

    page.get_by_role("link", name="简体中文").click()
    chinese = download(page, "下载概况（PDF）")
    text = pdf_text(chinese)
    assert "大兴区" in text
    assert "约800亿元" in text
    assert any(name.startswith("Noto-Sans-CJK-SC") for name in pdf_fonts(chinese))
