"""Snippets of results with the searched words marked, built in Python.

Only the page's rows get a snippet, from at most a few hundred characters of their
summary and body: far cheaper than ts_headline on whole texts. Every piece of text
is escaped before the <mark> tags are added, so nothing a reader typed or an editor
wrote reaches the page as HTML.
"""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .terms import SearchTerms, han_bigrams

SNIPPET_CHARS = 240
LEAD_CHARS = 60
# Endings dropped so that a word finds its other forms ("trials" marks "trial").
SUFFIXES = ("ies", "es", "ing", "ed", "s")
WORD = re.compile(r"\w+")
OPERATORS = {"or", "and", "not"}


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
    """About `width` characters of text around the first match, matches marked."""
    text = " ".join((text or "").split())
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
