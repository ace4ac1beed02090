"""The site finder's shortlist as one query parameter: `park:<slug>,opportunity:<slug>`.

The inquiry form reads it (?shortlist=…) and records the items in the inquiry's
readable `concerns` text.
"""

from __future__ import annotations

import re

from apps.opportunities.models import Opportunity
from apps.parks.models import Park

MAX_ITEMS = 10
MAX_LENGTH = 1400  # MAX_ITEMS tokens of "opportunity:" + a 120-character slug
TOKEN_RE = re.compile(r"(park|opportunity):([-a-zA-Z0-9_]{1,120})")


def parse(value: str) -> list[tuple[str, str]] | None:
    """(kind, slug) pairs in order, duplicates dropped; None when malformed."""
    value = (value or "").strip()
    if not value:
        return []
    if len(value) > MAX_LENGTH:
        return None
    pairs: list[tuple[str, str]] = []
    for token in value.split(","):
        found = TOKEN_RE.fullmatch(token.strip())
        if found is None:
            return None
        pair = (found.group(1), found.group(2))
        if pair not in pairs:
            pairs.append(pair)
    if len(pairs) > MAX_ITEMS:
        return None
    return pairs


def encode(pairs) -> str:
    return ",".join(f"{kind}:{slug}" for kind, slug in pairs)


def resolve(pairs: list[tuple[str, str]]) -> list:
    """The published parks and opportunities named, in the order given (one query
    per kind present); items no longer published are left out."""
    sources = {"park": Park.objects.published(), "opportunity": Opportunity}
    found: dict[tuple[str, str], object] = {}
    for kind, source in sources.items():
        slugs = [slug for k, slug in pairs if k == kind]
        if not slugs:
            continue
        queryset = (
            source.filter(slug__in=slugs)
            if kind == "park"
            else source.objects.published().filter(slug__in=slugs)
        )
        for obj in queryset:
            found[(kind, obj.slug)] = obj
    return [found[pair] for pair in pairs if pair in found]
