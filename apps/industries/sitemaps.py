from __future__ import annotations

from apps.core.sitemaps import ContentSitemap
from apps.districts.models import Industry


class IndustrySitemap(ContentSitemap):
    """Every industry's sector page."""

    model = Industry
    priority = 0.7
