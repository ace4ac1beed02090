from __future__ import annotations

from apps.core.sitemaps import ContentSitemap

from .models import Event


class EventSitemap(ContentSitemap):
    model = Event
    priority = 0.6
