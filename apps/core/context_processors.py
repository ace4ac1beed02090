from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

from .models import SiteSettings
from .navigation import nav_items


def site(request: HttpRequest) -> dict:
    """The office's contact details, the portal's name and the main navigation."""
    return {
        "site_settings": SiteSettings.load(),
        "portal_name": settings.PORTAL_NAME,
        "nav_items": nav_items(request.path),
    }
