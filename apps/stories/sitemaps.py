from __future__ import annotations

from apps.core.sitemaps import ContentSitemap

from .models import Story


class StorySitemap(ContentSitemap):
    model = Story
    priority = 0.6
