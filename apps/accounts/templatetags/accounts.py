"""Template helpers of the staff sign-in pages."""

from __future__ import annotations

import math
from datetime import timedelta

from django import template

register = template.Library()


@register.filter
def minutes(delta: timedelta | None) -> int:
    """A waiting time in whole minutes, rounded up (never shows "0 minutes")."""
    if not delta:
        return 0
    return max(1, math.ceil(delta.total_seconds() / 60))
