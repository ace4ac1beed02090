"""Rich text written by staff, made safe for a public page (nh3 allow-list)."""

from __future__ import annotations

import html
import re

import nh3
from django.utils.html import escape, linebreaks
from django_prose_editor.config import allowlist_from_extensions

# What the admin's rich-text editor (apps/core/editor.py) can write: headings h2-h4
# (the page title is the h1), bold, italic, underline, sub- and superscript, code,
# lists, block quotes, rules, links and tables. The public allow-list is derived from
# it, so the editor and the public pages keep exactly the same tags.
EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Underline": True,
    "Subscript": True,
    "Superscript": True,
    "Code": True,
    "CodeBlock": True,
    "Heading": {"levels": [2, 3, 4]},
    "HardBreak": True,
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
}
ALLOWED_TAGS = frozenset(allowlist_from_extensions(EDITOR_EXTENSIONS)["tags"])
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
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


def html_to_text(text: str) -> str:
    """Staff-written rich (or plain) text as one line of plain text: every tag a
    space, entities decoded, white space collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", text or "")).split())
