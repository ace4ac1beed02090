"""Template helpers used by the shared layout."""

from __future__ import annotations

from django import template
from django.conf import settings
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
    """The object's page address, or "" when that page does not exist (yet).

    Templates render plain text instead of a link when this is empty, so a page can
    name an organization or event whose pages another part of the portal provides.
    """
    if obj is None:
        return ""
    try:
        return obj.get_absolute_url()
    except (NoReverseMatch, AttributeError):
        return ""


@register.simple_tag(takes_context=True)
def x_default_path(context) -> str:
    """The current page without its language prefix: it redirects each reader to
    their own language, which is what hreflang="x-default" means (and what
    /sitemap.xml announces)."""
    request = context.get("request")
    if request is None:
        return "/"
    default = settings.LANGUAGE_CODE
    return translate_url(request.get_full_path(), default).replace(
        f"/{default}/", "/", 1
    )
