"""Template helpers of the events pages."""

from __future__ import annotations

from django import template

from apps.events.dates import event_dates as _event_dates

register = template.Library()


@register.filter
def event_dates(event) -> str:
    """{{ event|event_dates }}: the dates as precisely as they are known."""
    return _event_dates(event)
