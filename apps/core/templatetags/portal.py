"""Template helpers used by the shared layout."""

from __future__ import annotations

import json
from decimal import Decimal

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def translated_path(context, language_code: str) -> str:
    """The current page in another language (same page, other prefix)."""
    request = context.get("request")
    if request is None:
        return "/"
    # The layout asks twice per language (hreflang links, language switcher).
    known = request.__dict__.setdefault("_portal_translated_paths", {})
    if language_code not in known:
        known[language_code] = translate_url(request.get_full_path(), language_code)
    return known[language_code]


@register.filter
def coordinate(value) -> str:
    """A latitude or longitude as written, without trailing zeros (39.72, not
    39.720000), in plain digits whatever the language (for links and the map)."""
    if value is None:
        return ""
    text = format(Decimal(value), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


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


# The characters that could end a <script> element or open a comment, as in
# Django's json_script, so that text from editors stays data.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data: dict) -> str:
    """A schema.org JSON-LD <script> element: data, not code, so a strict CSP
    allows it; escaped like json_script so no value can close the element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_JSON_SCRIPT_ESCAPES)),  # noqa: S308
    )


@register.filter
def thumbnail(image, alias: str) -> str:
    """The URL of an image's pre-made thumbnail (an alias of THUMBNAIL_ALIASES),
    without a query and without ever making one: thumbnails are made when the image
    is saved. Falls back to the original image; "" when there is none."""
    if not image:
        return ""
    from easy_thumbnails.alias import aliases
    from easy_thumbnails.files import get_thumbnailer

    try:
        field = getattr(image, "field", None)
        target = f"{image.instance._meta.label}.{field.name}" if field else None
        options = aliases.get(alias, target=target)
        if options is None:
            return image.url
        thumbnailer = get_thumbnailer(image)
        name = thumbnailer.get_thumbnail_name(options)
        return thumbnailer.thumbnail_storage.url(name)
    except (ValueError, AttributeError, OSError):
        return image.url
