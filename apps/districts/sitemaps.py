from __future__ import annotations

from apps.core.sitemaps import ContentSitemap

from .models import District


class DistrictSitemap(ContentSitemap):
    model = District
    priority = 0.8
