"""`{{ text|sanitize }}`: staff-written rich text as safe HTML."""

from __future__ import annotations

from django import template
from django.utils.safestring import mark_safe

from apps.core.sanitize import html_to_text, sanitize_html

register = template.Library()


@register.filter(is_safe=True)
def sanitize(text) -> str:
    """The text cleaned by nh3 against the allow-list (apps/core/sanitize.py)."""
    return mark_safe(sanitize_html(str(text) if text is not None else ""))  # noqa: S308


@register.filter
def plain_text(text) -> str:
    """Rich text as one line of plain text (a meta description, a card's excerpt):
    tags become spaces, entities characters, runs of white space one space."""
    return html_to_text(str(text) if text is not None else "")
