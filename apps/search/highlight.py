"""Snippets of results with the searched words marked, built in Python.

Only the page's rows get a snippet, from at most a few hundred characters of their
summary and body: far cheaper than ts_headline on whole texts. Bodies are rich text
(sanitized HTML): the snippet is built from their text, what a reader sees, never
from their markup. Every piece of text is escaped before the <mark> tags are added,
so nothing a reader typed or an editor wrote reaches the page as HTML.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .terms import SearchTerms, han_bigrams

SNIPPET_CHARS = 240
LEAD_CHARS = 60
# Endings dropped so that a word finds its other forms ("trials" marks "trial").
SUFFIXES = ("ies", "es", "ing", "ed", "s")
WORD = re.compile(r"\w+")
OPERATORS = {"or", "and", "not"}


# Elements whose boundaries separate words ("<p>one</p><p>two</p>": "one two").
_BLOCK_TAG_NAMES = (
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 "
    "h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th "
    "thead tr ul"
)
BLOCK_TAGS = frozenset(_BLOCK_TAG_NAMES.split())
# Elements whose content is not text a reader sees.
HIDDEN_TAGS = frozenset({"script", "style", "template", "head", "title"})
# A tag cut off by the length limit of the source text ("… <a href=\"/x").
PARTIAL_TAG = re.compile(r"<[^>]*$")


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(html: str) -> str:
    """The text a reader sees in `html` (tags dropped, entities decoded), with
    whitespace collapsed; plain text comes back as it was."""
    if "<" not in html and "&" not in html:
        return " ".join(html.split())
    parser = _TextExtractor()
    parser.feed(PARTIAL_TAG.sub("", html))
    parser.close()
    return " ".join("".join(parser.parts).split())


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def pattern(terms: SearchTerms) -> re.Pattern | None:
    """A regular expression matching the words of the query as they may appear."""
    alternatives: set[str] = set()
    for word in WORD.findall(terms.latin):
        if len(word) >= 2 and word.lower() not in OPERATORS:
            alternatives.add(rf"\b{re.escape(_stem(word))}\w*")
    for run in terms.han_runs:
        alternatives.add(re.escape(run))
        alternatives.update(re.escape(pair) for pair in han_bigrams(run))
    if not alternatives:
        return None
    ordered = sorted(alternatives, key=len, reverse=True)
    return re.compile("|".join(ordered), re.IGNORECASE)


def highlight(text: str, terms: SearchTerms, width: int = SNIPPET_CHARS) -> SafeString:
    """About `width` characters of the text of `text` (plain text or HTML) around
    the first match, matches marked."""
    text = html_text(text or "")
    regex = pattern(terms)
    first = regex.search(text) if regex else None
    start = 0
    if first and first.start() > LEAD_CHARS:
        start = text.rfind(" ", 0, first.start() - LEAD_CHARS) + 1
        if first.start() - start > LEAD_CHARS * 2:
            start = first.start() - LEAD_CHARS
    end = min(len(text), start + width)
    if end < len(text):
        cut = text.rfind(" ", start + width // 2, end)
        end = cut if cut > 0 else end
    fragment = text[start:end]
    pieces: list[str] = ["…" if start else ""]
    position = 0
    if regex:
        for match in regex.finditer(fragment):
            pieces.append(escape(fragment[position : match.start()]))
            pieces.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    pieces.append(escape(fragment[position:]))
    pieces.append("…" if end < len(text) else "")
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above
