"""The rich-text editor of every body field: django-prose-editor (Tiptap), with its
assets served from the package (no CDN), under the strict CSP.

- `RichTextField`: a model TextField edited in the admin with the editor, cleaned on
  save by the public sanitizer (apps/core/sanitize.py), so what is stored is what a
  reader sees. Its column is a plain text column: switching a `TextField` to it needs
  no schema migration, only a data migration of the existing plain text
  (`plain_text_to_html`, docs/editing.md).
- `RichTextAdminMixin`: listed before the admin's base, it renders the change form's
  media with the request's CSP nonce (the editor's import map is an inline script)
  and adds to that page's policy the nonce and the hash of the one `<style>` Tiptap
  injects (`TIPTAP_STYLE_HASH`, checked against the installed bundle by
  tests/core/test_editor.py).
"""

from __future__ import annotations

import re

from csp.constants import NONCE
from django.conf import settings
from django.utils.html import escape, linebreaks
from django_prose_editor.fields import ProseEditorField
from js_asset import Media

from .sanitize import EDITOR_EXTENSIONS, sanitize_html

# sha256 of the CSS that Tiptap's editor injects as a <style> element
# (`injectCSS`), base64: allowed by hash, never with 'unsafe-inline'.
TIPTAP_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"
ADMIN_CSP_UPDATE = {"script-src": [NONCE], "style-src": [TIPTAP_STYLE_HASH]}

_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<!--")


def _clean(html: str) -> str:
    cleaned = sanitize_html(html)
    # The editor's empty document is one empty paragraph: store "" instead.
    return "" if re.fullmatch(r"\s*(<p>\s*(<br>)?\s*</p>)?\s*", cleaned) else cleaned


class RichTextField(ProseEditorField):
    """Staff-written rich text: the editor in the admin, the public allow-list on
    save. Headings h2 to h4, bold, italic, lists, links, quotes and tables."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("config", {"extensions": EDITOR_EXTENSIONS})
        kwargs.setdefault("sanitize", _clean)
        super().__init__(*args, **kwargs)


def plain_text_to_html(text: str | None) -> str:
    """The HTML a plain-text body rendered as before the editor: escaped, its
    blank lines paragraphs and its single line breaks <br>. Text that already holds
    markup keeps it, cleaned by the public sanitizer as the page showed it, with
    <b> and <i> written as the editor writes them (<strong>, <em>)."""
    if not text:
        return text or ""
    if _TAG.search(text):
        text = re.sub(r"<(/?)b(?=[\s>])", r"<\1strong", text)
        return sanitize_html(re.sub(r"<(/?)i(?=[\s>])", r"<\1em", text))
    # As the sanitizer writes it, so a later save through the editor changes nothing.
    return sanitize_html(linebreaks(escape(text)))


class RichTextAdminMixin:
    """The change form of an admin with rich-text fields, under the strict CSP."""

    def render_change_form(self, request, context, *args, **kwargs):
        context["media"] = Media.from_media(context["media"], nonce=request.csp_nonce)
        response = super().render_change_form(request, context, *args, **kwargs)
        response._csp_update = ADMIN_CSP_UPDATE
        return response


def plain_text_bodies_to_html(model_label: str, field: str, *, escaped: bool = False):
    """A RunPython step turning a model's plain-text `field` (every language) into
    the HTML it rendered as (`plain_text_to_html`; with `escaped`, as Django's
    `|linebreaks` rendered it: every "<" shown as text). Rows are updated in place,
    with no history record; reversing keeps the HTML, which renders the same."""

    def convert(text):
        return linebreaks(escape(text)) if escaped else plain_text_to_html(text)

    def forward(apps, schema_editor):
        model = apps.get_model(model_label)
        present = {f.name for f in model._meta.get_fields()}
        names = [
            name
            for name in [field] + [f"{field}_{code}" for code in _language_suffixes()]
            if name in present
        ]
        for row in model.objects.values("pk", *names).iterator():
            changes = {
                name: convert(row[name])
                for name in names
                if row[name] and convert(row[name]) != row[name]
            }
            if changes:
                model.objects.filter(pk=row["pk"]).update(**changes)

    return forward


def _language_suffixes() -> list[str]:
    return [code.replace("-", "_") for code, _name in settings.LANGUAGES]
