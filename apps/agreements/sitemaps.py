from __future__ import annotations

from apps.core.sitemaps import ContentSitemap

from .models import Agreement


class AgreementSitemap(ContentSitemap):
    model = Agreement
    priority = 0.5
