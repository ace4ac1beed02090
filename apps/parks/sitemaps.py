from __future__ import annotations

from apps.core.sitemaps import ContentSitemap

from .models import Park


class ParkSitemap(ContentSitemap):
    model = Park
    priority = 0.7
