"""Template helpers used by the shared layout."""

from __future__ import annotations

from django import template
from django.urls import translate_url

register = template.Library()


@register.simple_tag(takes_context=True)
def translated_path(context, language_code: str) -> str:
    """The current page in another language (same page, other prefix)."""
    request = context.get("request")
    if request is None:
        return "/"
    return translate_url(request.get_full_path(), language_code)
