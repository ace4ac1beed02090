from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from apps.districts.models import IndicatorKind, Qualifier
from tests.factories.districts import IndicatorFactory, MetricFactory
from tests.factories.parks import ParkFactory

BILLION = 10**9


@pytest.fixture
def daxing_figures(daxing):
    """Daxing's industry scale (about 80 billion yuan in 2022, 60 in 2021, a
    target of 100 for 2025), with its source, and a park."""
    metric = MetricFactory(
        name_en="Industry scale",
        name_zh_hans="产业规模",
        slug="industry-scale",
        unit="CNY",
    )
    source = {"source_en": "Forum report", "source_zh_hans": "论坛报道"}
    IndicatorFactory(
        district=daxing,
        metric=metric,
        year=2022,
        value=80 * BILLION,
        qualifier=Qualifier.ABOUT,
        **source,
    )
    IndicatorFactory(
        district=daxing, metric=metric, year=2021, value=60 * BILLION, **source
    )
    IndicatorFactory(
        district=daxing,
        metric=metric,
        year=2025,
        value=100 * BILLION,
        kind=IndicatorKind.TARGET,
    )
    ParkFactory(
        district=daxing,
        name_en="Biomedical Industry Base",
        name_zh_hans="生物医药产业基地",
        slug="bio-base",
    )
    return daxing


def pdf_text(content: bytes) -> str:
    """The text of every page, each run of white space (line ends too) one space."""
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def pdf_fonts(content: bytes) -> set[str]:
    """The names of the fonts the PDF embeds (subset prefix dropped)."""
    reader = PdfReader(io.BytesIO(content))
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font") or {}
        for font in fonts.values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def pdf_pages(content: bytes):
    return PdfReader(io.BytesIO(content)).pages
