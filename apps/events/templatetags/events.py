"""Template helpers of the events pages."""

from __future__ import annotations

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from apps.core import text
from apps.core.templatetags.portal import link_to
from apps.events.dates import event_dates as _event_dates

register = template.Library()


@register.filter
def event_dates(event) -> str:
    """{{ event|event_dates }}: the dates as precisely as they are known."""
    return _event_dates(event)


@register.filter
def speaker_line(speaker) -> str:
    """ "<strong>Zhang Long</strong>, Director …, <a>Beijing Municipal Health
    Commission</a>": name, title and organization (linked when published), joined
    with the language's comma (full-width in Chinese)."""
    parts = [format_html("<strong>{}</strong>", speaker.name)]
    if speaker.title:
        parts.append(conditional_escape(speaker.title))
    organization = speaker.organization
    if organization is not None and organization.is_live:
        parts.append(link_to(organization))
    return mark_safe(text.comma().join(parts))  # noqa: S308 - every part is escaped
