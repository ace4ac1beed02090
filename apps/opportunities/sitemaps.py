from __future__ import annotations

from apps.core.sitemaps import ContentSitemap

from .models import Opportunity


class OpportunitySitemap(ContentSitemap):
    model = Opportunity
    priority = 0.6
