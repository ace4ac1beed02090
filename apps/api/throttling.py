"""The API's rate limit: PORTAL_API_RATE requests per client IP address.

Counted in Django's default cache, so shared between processes when REDIS_URL is
set. REMOTE_ADDR is the client as the application server sees it (gunicorn's
forwarded_allow_ips decides whether a proxy's X-Forwarded-For rewrites it), as for
the inquiry form; the address is hashed before it is used as a cache key.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle


class OpenDataRateThrottle(SimpleRateThrottle):
    scope = "open_data"

    def get_rate(self) -> str | None:
        return settings.PORTAL_API_RATE or None

    def get_cache_key(self, request, view) -> str:
        address = request.META.get("REMOTE_ADDR", "") or "unknown"
        digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode())
        return self.cache_format % {
            "scope": self.scope,
            "ident": digest.hexdigest()[:32],
        }
