"""Defences of the public form: the signed display time, spam heuristics and the
per-address rate limit (kept in the shared cache, so it holds across processes
when Redis is configured)."""

from __future__ import annotations

import hashlib
import re
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from apps.core.client_ip import client_ip

TOKEN_SALT = "inquiries.form-shown"  # noqa: S105 - a salt, not a secret
LINK_RE = re.compile(r"https?://|www\.|\[url=|<a\s", re.IGNORECASE)
MAX_LINKS = 3


def form_token(now: float | None = None) -> str:
    """A signed record of when the form was shown."""
    return signing.dumps(now if now is not None else time.time(), salt=TOKEN_SALT)


def seconds_since_shown(token: str) -> float | None:
    """Seconds since the form carrying `token` was shown; None if forged."""
    try:
        shown = float(signing.loads(token, salt=TOKEN_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return time.time() - shown


def spam_reason(*, token: str, name: str, message: str) -> str:
    """Why a submission looks automated, or "" when it looks human."""
    minimum = settings.PORTAL_INQUIRY_MIN_SECONDS
    if minimum > 0:
        elapsed = seconds_since_shown(token)
        if elapsed is None:
            return "missing or forged form timestamp"
        if elapsed < minimum:
            return f"sent {max(elapsed, 0):.1f} s after the form was shown"
    if len(LINK_RE.findall(message)) >= MAX_LINKS:
        return "many links in the message"
    if LINK_RE.search(name):
        return "a link in the name"
    return ""


def _client_key(request) -> str:
    # Behind trusted proxies, the address they forwarded (apps/core/client_ip.py).
    # Hashed: no addresses are kept in the cache.
    address = client_ip(request) or "unknown"
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()
    return f"inquiries:rate:{digest[:32]}"


def rate_limited(request) -> bool:
    """Count one form post from the client; True once it is over the limit."""
    limit = settings.PORTAL_INQUIRY_RATE_LIMIT
    if limit <= 0:
        return False
    key = _client_key(request)
    window = settings.PORTAL_INQUIRY_RATE_WINDOW
    # add() starts a fixed window; incr() is atomic in Redis and in local memory.
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:
        # The key expired between add() and incr(): a new window starts.
        cache.set(key, 1, timeout=window)
        count = 1
    # A cache outage (count None) never blocks an inquiry.
    return count is not None and count > limit
