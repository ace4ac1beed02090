# ruff: noqa: RUF001  (Chinese text with full-width punctuation)
from __future__ import annotations

import contextlib
import datetime as dt

import psycopg
import pytest
import time_machine
from django.db import connection

from apps.brochures import rendering, views
from apps.core.models import Status
from tests.districts.conftest import populate
from tests.factories.districts import DistrictFactory
from tests.factories.parks import ParkFactory

from .conftest import pdf_fonts, pdf_pages, pdf_text

pytestmark = pytest.mark.django_db

DISTRICT_EN = "/en/profiles/districts/daxing.pdf"
DISTRICT_ZH = "/zh-hans/profiles/districts/daxing.pdf"
# The district; then, in the render's transaction (a savepoint in tests) the
# advisory lock, its figures, industries, parks, organizations, events,
# agreements, policies, contacts, costs, guides and success stories (the page's
# sections) and the site settings. A cached PDF costs the district's lookup alone.
RENDER_QUERIES = 16
CACHED_QUERIES = 1
A4 = (595, 842)  # points


@pytest.fixture
def renders(monkeypatch):
    """Counts the PDFs actually rendered."""
    calls = []
    real = views.render_pdf

    def counting(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(views, "render_pdf", counting)
    return calls


@contextlib.contextmanager
def rendering_elsewhere():
    """Another process (its own database session) is rendering a profile."""
    db_settings = connection.settings_dict
    with psycopg.connect(
        dbname=db_settings["NAME"],
        user=db_settings["USER"],
        host=db_settings["HOST"],
        port=db_settings["PORT"] or 5432,
        password=db_settings["PASSWORD"] or None,
        autocommit=True,
    ) as other:
        other.execute("SELECT pg_advisory_lock(%s)", [rendering.RENDER_LOCK])
        yield
        other.execute("SELECT pg_advisory_unlock(%s)", [rendering.RENDER_LOCK])


@pytest.fixture
def render_in_progress(db):
    with rendering_elsewhere():
        yield


@time_machine.travel(dt.datetime(2027, 3, 5, 10, tzinfo=dt.UTC))
def test_english_pdf_has_a_cover_the_key_figures_and_the_parks(client, daxing_figures):
    response = client.get(DISTRICT_EN)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="daxing-en.pdf"'
    pages = pdf_pages(response.content)
    cover = pages[0].extract_text()
    assert "Daxing" in cover
    assert "Generated from the portal's live data on March 5, 2027" in cover
    text = pdf_text(response.content)
    assert "about 80 billion yuan" in text
    assert "Forum report" in text  # the figure's source
    assert "2022" in text
    assert "Biomedical Industry Base" in text  # a section another app registers
    assert "Contact" in text


def test_pdf_pages_are_a4(client, daxing_figures):
    for page in pdf_pages(client.get(DISTRICT_EN).content):
        width, height = (round(float(v)) for v in page.mediabox.upper_right)
        assert (width, height) == A4


@time_machine.travel(dt.datetime(2027, 3, 5, 10, tzinfo=dt.UTC))
def test_chinese_pdf_is_chinese_in_the_simplified_chinese_face(client, daxing_figures):
    response = client.get(DISTRICT_ZH)
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="daxing-zh-hans.pdf"'
    )
    text = pdf_text(response.content)
    assert "大兴区" in text
    assert "约800亿元" in text
    assert "产业规模" in text
    assert "生物医药产业基地" in text
    assert "根据本网站2027年3月5日的实时数据生成" in text
    fonts = pdf_fonts(response.content)
    assert any(name.startswith("Noto-Sans-CJK-SC") for name in fonts), fonts
    # WeasyPrint's own pick for zh-hans would be the Japanese face.
    assert not any("CJK-JP" in name for name in fonts), fonts


def test_the_district_page_and_park_page_offer_the_pdf(client, daxing_figures):
    text = client.get("/en/districts/daxing/").text
    assert 'href="/en/profiles/districts/daxing.pdf"' in text
    assert "Download the profile (PDF)" in text
    text = client.get("/zh-hans/parks/bio-base/").text
    assert 'href="/zh-hans/profiles/parks/bio-base.pdf"' in text
    assert "下载概况（PDF）" in text


def test_park_pdf_names_the_park_and_its_district(client, daxing_figures):
    response = client.get("/en/profiles/parks/bio-base.pdf")
    assert response.status_code == 200
    text = pdf_text(response.content)
    assert "Biomedical Industry Base" in text
    assert "Daxing" in text
    text = pdf_text(client.get("/zh-hans/profiles/parks/bio-base.pdf").content)
    assert "生物医药产业基地" in text
    assert "大兴区" in text


def test_draft_district_and_park_have_no_pdf(client, daxing):
    DistrictFactory(slug="hidden", status=Status.DRAFT)
    ParkFactory(slug="hidden-park", district=daxing, status=Status.DRAFT)
    assert client.get("/en/profiles/districts/hidden.pdf").status_code == 404
    assert client.get("/en/profiles/parks/hidden-park.pdf").status_code == 404
    assert client.get("/en/profiles/districts/nowhere.pdf").status_code == 404


def test_second_download_comes_from_the_cache(
    client, daxing_figures, renders, django_assert_num_queries
):
    with django_assert_num_queries(RENDER_QUERIES):
        first = client.get(DISTRICT_EN)
    with django_assert_num_queries(CACHED_QUERIES):
        second = client.get(DISTRICT_EN)
    assert second.content == first.content
    assert len(renders) == 1


def test_each_language_has_its_own_pdf(client, daxing_figures, renders):
    client.get(DISTRICT_EN)
    client.get(DISTRICT_ZH)
    client.get(DISTRICT_ZH)
    assert len(renders) == 2


def test_a_content_change_renders_the_pdf_again(client, daxing_figures, renders):
    client.get(DISTRICT_EN)
    daxing_figures.name_en = "Daxing District"
    daxing_figures.save()  # a new content generation
    text = pdf_text(client.get(DISTRICT_EN).content)
    assert len(renders) == 2
    assert "Daxing District" in text


def test_render_query_count_does_not_grow_with_the_data(
    client, daxing_figures, django_assert_num_queries
):
    populate(daxing_figures, 5)
    with django_assert_num_queries(RENDER_QUERIES):
        assert client.get(DISTRICT_EN).status_code == 200


def test_a_download_during_another_render_is_told_to_retry(
    client, daxing_figures, renders, render_in_progress
):
    response = client.get(DISTRICT_EN)
    assert response.status_code == 503
    assert response["Retry-After"] == str(rendering.RETRY_AFTER_SECONDS)
    assert response["Cache-Control"] == "no-store"
    assert "The profile is being prepared" in response.text
    assert 'http-equiv="refresh"' in response.text
    assert renders == []
    chinese = client.get(DISTRICT_ZH)
    assert chinese.status_code == 503
    assert "概况文件正在生成" in chinese.text
    assert "秒后自动重试" in chinese.text


def test_a_download_after_the_other_render_gets_the_pdf(client, daxing_figures):
    with rendering_elsewhere():
        assert client.get(DISTRICT_EN).status_code == 503
    assert client.get(DISTRICT_EN).status_code == 200


def test_the_page_cache_stores_neither_the_pdf_nor_the_busy_page(
    client, settings, daxing_figures, renders
):
    settings.PORTAL_PAGE_CACHE_SECONDS = 120
    response = client.get(DISTRICT_EN)
    assert "X-Cache" not in response
    assert client.get(DISTRICT_EN).status_code == 200
    assert len(renders) == 1  # from the PDF cache, not the page cache


@pytest.mark.parametrize(
    ("path", "rent", "heading"),
    [
        (DISTRICT_EN, "45–60 yuan per m² per month", "Costs of doing business"),
        (DISTRICT_ZH, "45～60元/平方米·月", "营商成本"),
    ],
)
def test_pdf_carries_costs_contacts_and_success_stories(
    client, daxing_figures, path, rent, heading
):
    from tests.factories.contacts import ContactPersonFactory
    from tests.factories.costs import CostItemFactory
    from tests.factories.stories import StoryFactory

    CostItemFactory(district=daxing_figures, label_en="Standard factory")
    ContactPersonFactory(
        name_en="Wang Example", name_zh_hans="王示例", districts=[daxing_figures]
    )
    StoryFactory(
        district=daxing_figures,
        title_en="A lab that grew",
        title_zh_hans="一家成长的实验室",
    )
    text = pdf_text(client.get(path).content)
    assert heading in text
    assert rent.replace(" ", "") in text.replace(" ", "")
    assert ("Wang Example" if path == DISTRICT_EN else "王示例") in text
    assert ("A lab that grew" if path == DISTRICT_EN else "一家成长的实验室") in text
