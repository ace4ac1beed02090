"""Turning what a reader typed into a safe PostgreSQL full-text search.

``SearchTerms.parse`` cleans the text (no NUL or control characters, at most
MAX_QUERY_LENGTH characters, punctuation alone is no query) and splits it into
the Latin part, slashes read as spaces as in the documents ("CRO/CDMO" is CRO and
CDMO), searched with ``websearch_to_tsquery('english', …)`` and, for typos in
names, pg_trgm word similarity; and the Chinese part, turned into the same
character pairs the ``search_zh`` column stores, all required. The text always
travels as a query parameter, so SQL-looking input is only text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    TrigramWordSimilarity,
)
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce

from .documents import as_words

MAX_QUERY_LENGTH = 200
HAN = "\u3400-\u9fff\uf900-\ufaff"
HAN_RUN = re.compile(f"[{HAN}]+")
# ts_rank weights of D, C, B, A: a name (A) hit outweighs any number of body hits.
RANK_WEIGHTS = [0.02, 0.1, 0.3, 1.0]
# Names whose trigrams resemble the query this much count as a (typo) match.
TYPO_MIN_LENGTH = 3


def clean_query(raw: str | None) -> str:
    """The query without control characters, spaces collapsed, at most 200 long."""
    if not raw:
        return ""
    text = "".join(
        " " if unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn"} else ch
        for ch in str(raw)[: MAX_QUERY_LENGTH * 4]
    )
    text = " ".join(text.split())[:MAX_QUERY_LENGTH].strip()
    if not any(ch.isalnum() for ch in text):
        return ""
    return text


def han_bigrams(run: str) -> list[str]:
    """Overlapping pairs of a run of Chinese characters ('生物医药' -> 3 pairs)."""
    return [run[i : i + 2] for i in range(len(run) - 1)]


@dataclass(frozen=True)
class SearchTerms:
    """A cleaned query split into its English and Chinese parts."""

    text: str = ""
    latin: str = ""
    han_runs: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def parse(cls, raw: str | None) -> SearchTerms:
        text = clean_query(raw)
        runs = tuple(HAN_RUN.findall(text))
        # Read as the documents are: "CRO/CDMO" is the words CRO and CDMO.
        latin = " ".join(as_words(HAN_RUN.sub(" ", text)).split())
        if not any(ch.isalnum() for ch in latin):
            latin = ""
        return cls(text=text, latin=latin, han_runs=runs)

    def __bool__(self) -> bool:
        return bool(self.latin or self.han_runs)

    @property
    def han_tsquery(self) -> str:
        """to_tsquery('simple', …) text: every pair required; a lone character
        matches the pairs it starts. Only Han characters ever go in it."""
        terms: list[str] = []
        for run in self.han_runs:
            pairs = han_bigrams(run)
            terms.extend(f"'{pair}'" for pair in pairs)
            if not pairs:
                terms.append(f"'{run}':*")
        return " & ".join(dict.fromkeys(terms))

    @property
    def typo_tolerant(self) -> bool:
        """Whether names similar to the English part match too: for one word of
        three or more characters ("Biocytogn"). Several words are matched by full
        text only: "Synthetic Robotics 00042" is similar to every "Synthetic
        Robotics …" name, and testing and ranking those would cost far more than
        the full-text match."""
        return len(self.latin) >= TYPO_MIN_LENGTH and " " not in self.latin

    def english_query(self) -> SearchQuery:
        return SearchQuery(self.latin, config="english", search_type="websearch")

    def chinese_query(self) -> SearchQuery:
        return SearchQuery(self.han_tsquery, config="simple", search_type="raw")

    def condition(self, name_field: str) -> Q:
        """WHERE clause: the English part (full text, or a name like it) and every
        Chinese pair. Each branch can use a GIN index."""
        condition = Q()
        if self.latin:
            english = Q(search_en=self.english_query())
            if self.typo_tolerant:
                english |= Q(**{f"{name_field}_en__trigram_word_similar": self.latin})
            condition &= english
        if self.han_runs:
            condition &= Q(search_zh=self.chinese_query())
        return condition

    def rank(self, name_field: str) -> models.Expression:
        """Relevance: weighted text rank in both languages plus name likeness."""
        parts: list[models.Expression] = []
        if self.latin:
            parts.append(
                SearchRank(F("search_en"), self.english_query(), weights=RANK_WEIGHTS)
            )
            if self.typo_tolerant:
                parts.append(
                    TrigramWordSimilarity(Value(self.latin), f"{name_field}_en") * 0.5
                )
        if self.han_runs:
            parts.append(
                SearchRank(F("search_zh"), self.chinese_query(), weights=RANK_WEIGHTS)
            )
        rank = parts[0] if parts else Value(0.0)
        for part in parts[1:]:
            rank = rank + part
        return Coalesce(rank, Value(0.0), output_field=models.FloatField())
