"""Template helpers used by the shared layout."""

from __future__ import annotations

from django import template
from django.urls import NoReverseMatch, translate_url

register = template.Library()


@register.simple_tag(takes_context=True)
def translated_path(context, language_code: str) -> str:
    """The current page in another language (same page, other prefix)."""
    request = context.get("request")
    if request is None:
        return "/"
    return translate_url(request.get_full_path(), language_code)


@register.filter
def safe_url(obj) -> str:
    """The object's page, or "" when that page does not exist (yet) on this site,
    so a template can show plain text instead of a broken link."""
    try:
        return obj.get_absolute_url()
    except (NoReverseMatch, AttributeError):
        return ""
