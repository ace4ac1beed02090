"""The API's rate limit: PORTAL_API_RATE requests per client IP address.

Counted in Django's default cache, so shared between processes when REDIS_URL is
set. The client address is the one apps/core/client_ip.py finds (X-Forwarded-For is
read only from PORTAL_TRUSTED_PROXIES; DRF's NUM_PROXIES is not used), as for the
inquiry form; it is hashed before it is used as a cache key.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

from apps.core.client_ip import client_ip


class OpenDataRateThrottle(SimpleRateThrottle):
    scope = "open_data"

    def get_rate(self) -> str | None:
        return settings.PORTAL_API_RATE or None

    def get_ident(self, request) -> str:
        return client_ip(request) or "unknown"

    def get_cache_key(self, request, view) -> str:
        address = self.get_ident(request)
        digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode())
        return self.cache_format % {
            "scope": self.scope,
            "ident": digest.hexdigest()[:32],
        }
