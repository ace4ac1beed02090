"""Chinese pages read as Chinese: full-width punctuation, lists joined with 、,
no space between Han characters and numerals, the other language's text marked
with its lang and a notice, and <time datetime> values HTML accepts."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from apps.agreements.models import AgreementKind
from apps.events.models import DatePrecision
from tests.factories.agreements import AgreementFactory, AgreementPartyFactory
from tests.factories.districts import IndicatorFactory, MetricFactory
from tests.factories.events import EventFactory, SpeakerFactory
from tests.factories.news import ArticleFactory
from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db

SHANGHAI = ZoneInfo("Asia/Shanghai")


def page(client, obj, language: str) -> str:
    with translation.override(language):
        url = obj.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200
    return response.text


def test_english_article_body_on_a_chinese_page_has_lang_en_and_a_notice(client):
    article = ArticleFactory(
        title_zh_hans="城区协同发展",
        summary_en="Summary.",
        summary_zh_hans="摘要。",
        body_en="<p>The conference was held.</p>",
        body_zh_hans="",
    )

    html = page(client, article, "zh-hans")

    assert "本文暂无中文版本，以下为英文原文。" in html
    assert re.search(r'<div class="news-article__body" lang="en">\s*<p>The conf', html)
    assert "<h1>城区协同发展</h1>" in html
    assert '<p class="hero__lead">摘要。</p>' in html


def test_chinese_only_article_on_an_english_page_has_lang_zh_hans_and_a_notice(
    client,
):
    article = ArticleFactory(
        title_en="",
        title_zh_hans="只有中文的标题",
        body_en="",
        body_zh_hans="<p>正文</p>",
    )

    html = page(client, article, "en")

    assert '<h1 lang="zh-Hans">只有中文的标题</h1>' in html
    assert "no English version yet" in html
    assert "This text has no English version yet; the Chinese original follows." in html
    assert '<div class="news-article__body" lang="zh-Hans">' in html


def test_article_page_in_its_own_language_has_no_notice(client):
    article = ArticleFactory(body_en="<p>Body.</p>")

    html = page(client, article, "en")

    assert "fallback-notice" not in html
    assert 'lang="zh-Hans">' not in html.split("<main", 1)[1]


def test_a_card_in_the_other_language_is_marked_in_the_news_list(client):
    ArticleFactory(title_en="English only title", title_zh_hans="")

    html = client.get("/zh-hans/news/").text

    assert re.search(
        r'<h2 class="card__title" lang="en"><a\s+href=[^>]*>English only', html
    )
    assert "暂无中文版本" in html


def test_time_datetime_values_carry_no_microseconds(client):
    article = ArticleFactory(
        published_at=dt.datetime(2025, 7, 10, 1, 2, 3, 456789, tzinfo=dt.UTC)
    )

    for language in ("en", "zh-hans"):
        html = page(client, article, language)
        values = re.findall(r'datetime="([^"]+)"', html)
        assert values
        assert "2025-07-10T09:02:03+08:00" in values
        assert not [value for value in values if "." in value]
        assert 'content="2025-07-10T09:02:03+08:00"' in html


def test_agreement_page_in_chinese_uses_full_width_labels_and_enumeration_commas(
    client, biomedicine, devices
):
    agreement = AgreementFactory(
        kind=AgreementKind.STRATEGIC_COOPERATION,
        signed_on=dt.date(2025, 7, 10),
        signed_year=2025,
    )
    agreement.industries.set([biomedicine, devices])
    for name in ("大兴区投资促进服务中心", "北京市工商业联合会"):
        AgreementPartyFactory(
            agreement=agreement, organization=OrganizationFactory(name_zh_hans=name)
        )

    html = page(client, agreement, "zh-hans")
    listing = client.get("/zh-hans/agreements/").text

    assert re.search(
        r"<dd><a [^>]*>(生物医药|医疗器械)</a>、<a [^>]*>(生物医药|医疗器械)</a></dd>",
        html,
    )
    assert "<dt>签约日期</dt>" in html
    assert "2025年7月10日" in html
    assert "签约各方：" in listing
    assert re.search(
        "大兴区投资促进服务中心、北京市工商业联合会|北京市工商业联合会、大兴区", listing
    )
    assert "签约各方: " not in listing


def test_agreement_page_in_english_says_signed_once(client, biomedicine, devices):
    agreement = AgreementFactory(signed_on=dt.date(2025, 7, 10), signed_year=2025)
    agreement.industries.set([biomedicine, devices])

    html = page(client, agreement, "en")

    assert "<dt>Date signed</dt>" in html
    assert "<dt>Signed</dt>" not in html
    assert re.search(
        r"<dd><a [^>]*>(Biomedicine|Medical devices)</a>, "
        r"<a [^>]*>(Biomedicine|Medical devices)</a></dd>",
        html,
    )


@pytest.mark.parametrize(
    ("language", "label", "year"),
    [("zh-hans", "签约年份", "2023年"), ("en", "Year signed", "2023")],
)
def test_an_agreement_known_only_by_its_year_says_so(client, language, label, year):
    agreement = AgreementFactory(signed_on=None, signed_year=2023, project_count=12)

    html = page(client, agreement, language)

    assert f"<dt>{label}</dt>" in html
    assert re.search(rf"<dd>\s*{year}</dd>", html)


def test_district_figure_labels_use_full_width_brackets_in_chinese(client, daxing):
    metric = MetricFactory(
        name_en="Pharmaceutical and healthcare industry scale",
        name_zh_hans="医药健康产业规模",
    )
    IndicatorFactory(district=daxing, metric=metric, year=2022, value=80)

    chinese = page(client, daxing, "zh-hans")
    english = page(client, daxing, "en")

    assert "医药健康产业规模（2022）" in chinese
    assert "医药健康产业规模 (2022)" not in chinese
    assert "Pharmaceutical and healthcare industry scale (2022)" in english


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("zh-hans", "2025年7月10日（年份系推断）"),
        ("en", "July 10, 2025 (year inferred)"),
    ],
)
def test_an_inferred_year_is_said_on_event_agreement_and_article_pages(
    client, language, shown
):
    event = EventFactory(
        starts_at=dt.datetime(2025, 7, 10, tzinfo=SHANGHAI),
        ends_at=dt.datetime(2025, 7, 11, tzinfo=SHANGHAI),
        date_precision=DatePrecision.DAY,
        year_inferred=True,
    )
    agreement = AgreementFactory(
        signed_on=dt.date(2025, 7, 10), signed_year=2025, year_inferred=True
    )
    article = ArticleFactory(
        published_at=dt.datetime(2025, 7, 10, tzinfo=SHANGHAI), year_inferred=True
    )

    for obj in (event, agreement, article):
        assert shown in page(client, obj, language).replace("</time>", "")


@pytest.mark.parametrize(("language", "year"), [("zh-hans", "2023年"), ("en", "2023")])
def test_an_article_known_only_by_its_year_shows_the_year(client, language, year):
    article = ArticleFactory(
        published_at=dt.datetime(2023, 1, 1, tzinfo=SHANGHAI), only_year_known=True
    )

    html = page(client, article, language)

    assert f'<time datetime="2023">{year}</time>' in html
    assert "2023-01-01" not in html.split("<main", 1)[1]


def test_an_inferred_figure_year_is_said_in_both_languages(client, daxing):
    metric = MetricFactory(name_en="Listed enterprises", name_zh_hans="上市企业")
    IndicatorFactory(
        district=daxing, metric=metric, year=2023, value=18, year_inferred=True
    )

    assert "上市企业（2023，推断）" in page(client, daxing, "zh-hans")
    assert "Listed enterprises (2023, inferred)" in page(client, daxing, "en")


def test_names_linked_in_the_other_language_carry_their_lang(client):
    event = EventFactory()
    event.organizers.set(
        [
            OrganizationFactory(name_en="Tianyuan Office", name_zh_hans=""),
            OrganizationFactory(name_en="Health Commission", name_zh_hans="卫健委"),
        ]
    )

    chinese = page(client, event, "zh-hans")
    english = page(client, event, "en")

    assert re.search(r'<a href="[^"]+" lang="en">Tianyuan Office</a>', chinese)
    assert re.search(r'<a href="[^"]+">卫健委</a>', chinese)
    assert not re.search(r'lang="en">Tianyuan', english)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("zh-hans", "<strong>张龙</strong>，药械处处长，<a "),
        ("en", "<strong>Zhang Long</strong>, Director, <a "),
    ],
)
def test_a_speaker_line_uses_the_languages_comma(client, language, line):
    event = EventFactory()
    SpeakerFactory(
        event=event,
        name_en="Zhang Long",
        name_zh_hans="张龙",
        title_en="Director",
        title_zh_hans="药械处处长",
        organization=OrganizationFactory(),
    )

    assert line in page(client, event, language)


def test_the_footer_has_no_space_between_the_year_and_the_chinese_name(client):
    chinese = client.get("/zh-hans/").text
    year = dt.datetime.now(tz=SHANGHAI).year

    assert f"© {year}投资北京" in chinese
    assert f"© {year} Invest in Beijing" in client.get("/en/").text
