from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation

from tests.factories.news import ArticleFactory

pytestmark = pytest.mark.django_db


def test_article_slugs_are_unique():
    ArticleFactory(slug="forum")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(slug="forum")


def test_str_of_article_follows_the_active_language():
    article = ArticleFactory(title_en="Changping's Vision", title_zh_hans="昌平愿景")
    assert str(article) == "Changping's Vision"
    with translation.override("zh-hans"):
        assert str(article) == "昌平愿景"


def test_chinese_page_shows_the_english_body_when_no_translation_exists():
    article = ArticleFactory(body_en="On July 10 ...", body_zh_hans="")
    with translation.override("zh-hans"):
        assert article.body == "On July 10 ..."
