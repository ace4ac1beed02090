from __future__ import annotations

import factory

from apps.news.models import Article
from tests.factories.base import PublishedFactory


class ArticleFactory(PublishedFactory):
    class Meta:
        model = Article

    title_en = factory.Sequence(lambda n: f"Article {n}")
    title_zh_hans = factory.Sequence(lambda n: f"文章{n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    body_en = "Body text."
