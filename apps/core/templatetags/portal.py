"""Template helpers used by the shared layout."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from apps.core import text

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


# --- Chinese typography and language fallback (apps/core/text.py) ----------------

register.filter("han_spacing", text.han_spacing)


def _attribute(obj, path: str | None):
    for name in (path or "").split(".") if path else ():
        obj = getattr(obj, name, None)
    return obj


@register.filter
def join_list(items, attribute: str | None = None) -> str:
    """The items (or each item's `attribute`, dotted) joined for the page's
    language: "生物医药、医疗器械" / "biomedicine, medical devices"."""
    return text.join_list(_attribute(item, attribute) for item in items or ())


@register.filter
def live_only(items) -> list:
    """The items that are live (`is_live` not False), in their order."""
    return [item for item in items or () if getattr(item, "is_live", True)]


@register.filter
def join_links(items) -> str:
    """Links to the items' pages joined like join_list; an item that is not live
    (`is_live` False) is left out."""
    links = [
        format_html('<a href="{}">{}</a>', item.get_absolute_url(), item)
        for item in items or ()
        if getattr(item, "is_live", True)
    ]
    return mark_safe(text.join_list(links))  # noqa: S308 - every link is escaped


@register.filter
def label(value) -> str:
    """ "签约各方：" in Chinese, "Parties: " in English (a label before its value)."""
    return text.label(value)


@register.filter
def year_label(value) -> str:
    """A year alone: "2025年" in Chinese, "2025" in English."""
    return text.year(value)


@register.filter
def bracketed(value) -> str:
    """ "（2022）" in Chinese, " (2022)" in English; nothing for no value."""
    if value is None or value == "":
        return ""
    return text.bracketed(value)


@register.filter
def year_note(obj) -> str:
    """ " (year inferred)" / "（年份系推断）" after a date or year whose year the
    source does not state (`year_inferred`, docs/data.md); else nothing."""
    if not getattr(obj, "year_inferred", False):
        return ""
    return text.bracketed(_("year inferred"))


@register.filter
def figure_year(indicator) -> str:
    """A figure's year in brackets after its label: " (2022)" / "（2022）", and
    " (2023, inferred)" / "（2023，推断）" when the year is inferred."""

    def get(name: str):
        if isinstance(indicator, dict):
            return indicator.get(name)
        return getattr(indicator, name, None)

    year = get("year")
    if year in (None, ""):
        return ""
    if get("year_inferred"):
        inferred = _("inferred")
        return text.bracketed(f"{year}{text.comma()}{inferred}")
    return text.bracketed(year)


@register.filter
def target_year(year) -> str:
    """The year a target is set for, in brackets after its label: " (by 2025)" /
    "（到2025年）"; "" without a year."""
    if year in (None, ""):
        return ""
    return text.bracketed(_("by %(year)s") % {"year": year})


@register.filter
def datetime_attr(value) -> str:
    """A `<time datetime>` value: the local date and time to the second with its
    offset ("2025-07-10T09:30:00+08:00"); HTML allows no microseconds. A date
    stays a date ("2025-07-10")."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _lang_code(code: str) -> str:
    return "zh-Hans" if text.is_chinese(code) else code


LONG_FIELDS = frozenset({"body", "summary", "description", "text"})


def _fallback(obj, fields: tuple[str, ...]) -> str | None:
    """The language `obj` shows the first of `fields` it translates in, when that
    is not the page's language."""
    if obj is None:
        return None
    for field in fields:
        if hasattr(obj, f"{field}_en"):
            return text.shown_language(obj, field)
    return None


@register.simple_tag
def lang_of(obj, *fields: str) -> str:
    """` lang="en"` for an element whose translated field falls back to the other
    language (an English title on a Chinese page), else nothing:
    `<h1{% lang_of article "title" %}>`. With several fields, the first one the
    object translates counts (`{% lang_of item "name" "title" %}` in a card)."""
    shown = _fallback(obj, fields)
    return format_html(' lang="{}"', _lang_code(shown)) if shown else ""


@register.filter
def link_to(obj, field: str = "name") -> str:
    """A link to the object's page with its name (or `field`), carrying `lang`
    when the name is shown in the other language: `{{ organization|link_to }}`
    gives <a href="/en/directory/beigene/">BeiGene</a>, with lang="en" on a
    Chinese page when BeiGene has no Chinese name."""
    return format_html(
        '<a href="{}"{}>{}</a>',
        obj.get_absolute_url(),
        lang_of(obj, field),
        getattr(obj, field),
    )


@register.simple_tag
def fallback_notice(obj, *fields: str, short: bool = False) -> str:
    """A notice, in the page's language, that the field has no version in it yet
    and the other language's is shown; nothing when the field is in the page's
    language. For a body or summary a sentence in a paragraph, put before the
    text; for a title (or with short=True, in cards) a few words in a <small>."""
    shown = _fallback(obj, fields)
    if not shown:
        return ""
    chinese_page = not text.is_chinese(shown)
    if not short and fields[0] in LONG_FIELDS:
        message = (
            _("This text has no Chinese version yet; the English original follows.")
            if chinese_page
            else _(
                "This text has no English version yet; the Chinese original follows."
            )
        )
        return format_html('<p class="fallback-notice">{}</p>', message)
    message = (
        _("no Chinese version yet") if chinese_page else _("no English version yet")
    )
    return format_html('<small class="fallback-notice">{}</small>', message)


@register.simple_tag
def label_gap() -> str:
    """What follows a label ending in a colon: nothing after the full-width colon
    in Chinese, a space in English: `{% translate "Kind:" %}{% label_gap %}`."""
    return "" if text.is_chinese() else " "


@register.simple_tag
def comma() -> str:
    """The comma between two clauses: "，" in Chinese, ", " in English."""
    return text.comma()


@register.simple_tag
def list_separator() -> str:
    """The separator between the items of a list written in a loop: 、 in Chinese,
    ", " in English (the same as the join_list filter)."""
    return text.LIST_SEPARATORS["zh" if text.is_chinese() else "en"]
