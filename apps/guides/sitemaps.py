from __future__ import annotations

from apps.core.sitemaps import ContentSitemap

from .models import Guide


class GuideSitemap(ContentSitemap):
    model = Guide
    priority = 0.6
