from __future__ import annotations

from apps.core.sitemaps import ContentSitemap

from .models import Policy


class PolicySitemap(ContentSitemap):
    model = Policy
    priority = 0.7
