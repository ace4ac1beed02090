"""Security headers Django has no setting for: Permissions-Policy and CORP."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault(
            "Permissions-Policy", settings.PORTAL_PERMISSIONS_POLICY
        )
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy",
            settings.PORTAL_CROSS_ORIGIN_RESOURCE_POLICY,
        )
        return response
