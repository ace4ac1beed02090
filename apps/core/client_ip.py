"""The client's address, the one home for it: the inquiry rate limit, the API
throttle and the admin sign-in lockout (django-axes) all ask here.

A direct deployment (PORTAL_TRUSTED_PROXIES empty, the default) uses the socket's
address, REMOTE_ADDR, and ignores X-Forwarded-For: anyone can send that header.
Behind proxies, REMOTE_ADDR is a trusted proxy's, and each proxy appends the
address it saw to X-Forwarded-For; the client is the right-most entry that is not
one of our proxies. Entries to its left came from the client and may be forged,
which is why neither the left-most entry (ipware's and axes's default) nor a fixed
count from the right (DRF's NUM_PROXIES) decides alone.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def trusted_networks(ranges: tuple[str, ...]) -> tuple[Network, ...]:
    """The address ranges of PORTAL_TRUSTED_PROXIES ("10.0.0.0/8", "127.0.0.1")."""
    return tuple(ipaddress.ip_network(item, strict=False) for item in ranges)


def parse_address(text: str) -> Address | None:
    """An address from REMOTE_ADDR or one X-Forwarded-For entry, ports and IPv6
    brackets removed ("[2001:db8::1]:443", "203.0.113.7:5123"); None if invalid."""
    text = text.strip().strip('"')
    if text.startswith("["):
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:
        text = text.partition(":")[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _is_trusted(address: Address, networks: tuple[Network, ...]) -> bool:
    return any(address in network for network in networks)


def client_ip(request) -> str:
    """The address of the client that sent `request`, as text."""
    remote_text = request.META.get("REMOTE_ADDR", "") or ""
    networks = trusted_networks(tuple(settings.PORTAL_TRUSTED_PROXIES))
    remote = parse_address(remote_text)
    if remote is None or not networks or not _is_trusted(remote, networks):
        return str(remote) if remote is not None else remote_text
    # WSGI joins repeated X-Forwarded-For headers with commas, in order.
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    nearest = remote
    for entry in reversed(forwarded.split(",")):
        address = parse_address(entry)
        if address is None:
            # Not written by a proxy of ours: the hop we trust last is the answer.
            break
        if not _is_trusted(address, networks):
            return str(address)
        nearest = address
    return str(nearest)
