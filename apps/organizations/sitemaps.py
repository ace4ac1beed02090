from __future__ import annotations

from apps.core.sitemaps import ContentSitemap

from .models import Organization


class OrganizationSitemap(ContentSitemap):
    model = Organization
    priority = 0.5
