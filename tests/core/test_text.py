"""Chinese typography helpers (apps/core/text.py) and their template filters."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

from apps.core import text
from tests.factories.news import ArticleFactory


def render(source: str, **context) -> str:
    return Template("{% load portal %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh-hans", "生物医药、创新药、医疗器械"),
        ("en", "生物医药, 创新药, 医疗器械"),
    ],
)
def test_lists_are_joined_with_the_enumeration_comma_in_chinese(language, expected):
    assert text.join_list(["生物医药", "创新药", "", "医疗器械"], language) == expected


def test_join_list_filter_follows_the_active_language():
    items = ["Biomedicine", "Medical devices"]
    with translation.override("en"):
        assert render("{{ items|join_list }}", items=items) == (
            "Biomedicine, Medical devices"
        )
    with translation.override("zh-hans"):
        assert render("{{ items|join_list }}", items=["生物医药", "医疗器械"]) == (
            "生物医药、医疗器械"
        )


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("2022 年", "2022年"),
        ("共 20 条措施", "共20条措施"),
        ("请上传 PDF 文件", "请上传PDF文件"),
        ("超过 %(number)s 家", "超过%(number)s家"),
        ("图片超过 5 MB。", "图片超过5 MB。"),
        ("Daxing District", "Daxing District"),
        ("北京 大兴", "北京 大兴"),
    ],
)
def test_no_space_between_han_and_latin_or_numerals(before, after):
    assert text.han_spacing(before) == after


@pytest.mark.parametrize(
    ("language", "label", "aside", "year"),
    [
        ("zh-hans", "签约各方：", "医药健康产业规模（2022）", "2025年"),
        ("en", "Parties: ", "Industry scale (2022)", "2025"),
    ],
)
def test_labels_brackets_and_years_follow_the_language(language, label, aside, year):
    name = "签约各方" if language == "zh-hans" else "Parties"
    metric = "医药健康产业规模" if language == "zh-hans" else "Industry scale"
    assert text.label(name, language) == label
    assert metric + text.bracketed(2022, language) == aside
    assert text.year(2025, language) == year


def test_time_datetime_has_no_microseconds():
    moment = dt.datetime(2025, 7, 10, 9, 30, 15, 123456, tzinfo=dt.UTC)
    assert render("{{ moment|datetime_attr }}", moment=moment) == (
        "2025-07-10T17:30:15+08:00"
    )
    assert render("{{ day|datetime_attr }}", day=dt.date(2025, 7, 10)) == "2025-07-10"
    shanghai = moment.astimezone(ZoneInfo("Asia/Shanghai"))
    assert "." not in render("{{ m|datetime_attr }}", m=shanghai)


@pytest.mark.django_db
def test_english_body_on_a_chinese_page_carries_lang_and_a_notice():
    article = ArticleFactory(body_en="English only.", body_zh_hans="")
    with translation.override("zh-hans"):
        html = render(
            '{% fallback_notice a "body" %}'
            '<div{% lang_of a "body" %}>{{ a.body }}</div>'
            '<h1{% lang_of a "title" %}>{{ a.title }}</h1>',
            a=article,
        )
    assert "本文暂无中文版本，以下为英文原文。" in html
    assert '<div lang="en">English only.</div>' in html
    assert f"<h1>{article.title_zh_hans}</h1>" in html


@pytest.mark.django_db
def test_chinese_title_on_an_english_page_carries_lang_zh_hans():
    article = ArticleFactory(title_en="", title_zh_hans="只有中文")
    with translation.override("en"):
        html = render(
            '<h1{% lang_of a "title" %}>{{ a.title }}</h1>'
            '{% fallback_notice a "title" %}',
            a=article,
        )
    assert '<h1 lang="zh-Hans">只有中文</h1>' in html
    assert "no English version yet" in html


@pytest.mark.django_db
def test_no_lang_and_no_notice_when_the_page_language_has_the_text():
    article = ArticleFactory(body_en="B", body_zh_hans="正文")
    with translation.override("zh-hans"):
        html = render(
            '{% fallback_notice a "body" %}<div{% lang_of a "body" %}></div>', a=article
        )
    assert html == "<div></div>"
