from __future__ import annotations

from apps.core.sitemaps import ContentSitemap

from .models import Article


class ArticleSitemap(ContentSitemap):
    model = Article
    changefreq = "monthly"
    priority = 0.5
