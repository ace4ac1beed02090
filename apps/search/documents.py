"""The search document of every content model, as stored generated columns.

Each searchable model declares two columns built from its translated fields:

* ``search_en``: ``to_tsvector('english', …)`` of the English fields, weighted
  (name A, summary B, body C), so that "clinical trials" finds "clinical trial";
  a slash is read as a space ("CRO/CDMO" is the words CRO and CDMO);
* ``search_zh``: ``to_tsvector('simple', portal_cjk_bigrams(…))`` of the Chinese
  and English fields, the overlapping pairs of Chinese characters, because the
  default parser takes a whole Chinese sentence for one word.

They are generated columns (``GENERATED ALWAYS AS … STORED``), so PostgreSQL keeps
them right on save(), update() and bulk_create() alike. ``search_fields`` builds
both from the names of the translated fields; see docs/search.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Func, Value
from django.db.models.functions import Coalesce, Replace

SEARCH_FIELDS = ("search_en", "search_zh")
# The English parser reads "CRO/CDMO" or "biomedicine/health" as one `file` (path)
# token and indexes only the whole, so neither word would be found. Documents
# (english_vector) and queries (SearchTerms.parse) read it as a space instead.
WORD_SEPARATOR = "/"


def as_words(text: str) -> str:
    """The text as the English search reads it: "CRO/CDMO" -> "CRO CDMO"."""
    return text.replace(WORD_SEPARATOR, " ")


class CjkBigrams(Func):
    """portal_cjk_bigrams(text): the text's Chinese character pairs, space-separated
    (created by the search app's first migration)."""

    function = "portal_cjk_bigrams"
    output_field = models.TextField()


def _joined(fields: Sequence[str]) -> models.Expression:
    """The fields' values joined by spaces, NULL-safe (|| keeps it immutable)."""
    parts: list = []
    for name in fields:
        if parts:
            parts.append(Value(" "))
        parts.append(Coalesce(name, Value(""), output_field=models.TextField()))
    expression = parts[0]
    for part in parts[1:]:
        expression = Func(
            expression,
            part,
            template="(%(expressions)s)",
            arg_joiner=" || ",
            output_field=models.TextField(),
        )
    return expression


def english_vector(weighted: dict[str, Sequence[str]]) -> models.Expression:
    """Weighted 'english' vector of the English translations of the given fields,
    slashes read as spaces (replace() is immutable, as a generated column needs)."""
    vector = None
    for weight, fields in weighted.items():
        text = _joined([f"{name}_en" for name in fields])
        part = SearchVector(
            Replace(
                text,
                Value(WORD_SEPARATOR),
                Value(" "),
                output_field=models.TextField(),
            ),
            config="english",
            weight=weight,
        )
        vector = part if vector is None else vector + part
    return vector


def chinese_vector(weighted: dict[str, Sequence[str]]) -> models.Expression:
    """Weighted 'simple' vector of the Chinese character pairs of both languages."""
    vector = None
    for weight, fields in weighted.items():
        names = [f"{name}_{lang}" for name in fields for lang in ("zh_hans", "en")]
        part = SearchVector(CjkBigrams(_joined(names)), config="simple", weight=weight)
        vector = part if vector is None else vector + part
    return vector


def search_fields(
    name: Sequence[str], summary: Sequence[str] = (), body: Sequence[str] = ()
) -> tuple[models.GeneratedField, models.GeneratedField]:
    """The two generated search columns of a model, from its translated fields."""
    weighted = {"A": name}
    if summary:
        weighted["B"] = summary
    if body:
        weighted["C"] = body
    return (
        models.GeneratedField(
            expression=english_vector(weighted),
            output_field=SearchVectorField(),
            db_persist=True,
        ),
        models.GeneratedField(
            expression=chinese_vector(weighted),
            output_field=SearchVectorField(),
            db_persist=True,
        ),
    )


def search_indexes(prefix: str, name_field: str = "name") -> list[GinIndex]:
    """GIN indexes of the two search columns, and a trigram one on the English name
    (typo tolerance: ``name_en %> 'Biocytogn'``)."""
    return [
        GinIndex(fields=["search_en"], name=f"{prefix}_search_en"),
        GinIndex(fields=["search_zh"], name=f"{prefix}_search_zh"),
        GinIndex(
            fields=[f"{name_field}_en"],
            opclasses=["gin_trgm_ops"],
            name=f"{prefix}_{name_field}_trgm",
        ),
    ]
