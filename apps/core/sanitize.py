"""Rich text written by staff, made safe for a public page (nh3 allow-list)."""

from __future__ import annotations

import re

import nh3
from django.utils.html import escape, linebreaks

ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "code",
    "em",
    "h2",
    "h3",
    "h4",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "abbr": {"title"},
    "ol": {"start"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
# Whole elements (tag and content) dropped rather than unwrapped.
DROPPED_WITH_CONTENT = {"script", "style", "template", "iframe", "object", "noscript"}

_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<!--")


def sanitize_html(text: str | None) -> str:
    """Safe HTML from staff-written text.

    Text without any HTML tag is plain text: it is escaped and its line breaks
    become paragraphs. Anything else is cleaned against the allow-list: unknown
    tags are unwrapped, event-handler and style attributes dropped, links keep
    only http, https and mailto addresses and get rel="noopener noreferrer".
    """
    if not text:
        return ""
    if not _TAG.search(text):
        text = linebreaks(escape(text))
    return nh3.clean(
        text,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
