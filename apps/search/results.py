"""Reads of the search page: ranked, capped results of every content type.

The whole page costs two queries whatever the data size: one that reads the first
COUNT_CAP + 1 matches of every type once, counting them and ranking those of the
types shown (the ids of the top few of every type, or of one type's results), and
one UNION ALL that reads titles and texts of the shown rows only. Every branch has
a LIMIT.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import CharField, F, QuerySet, TextField, Value
from django.db.models.functions import Coalesce, Concat, Left, NullIf
from django.urls import reverse
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

from .highlight import highlight
from .registry import SearchType, search_types, type_by_key
from .terms import SearchTerms

# Counts stop here: "1000+" is as useful to a reader as the exact figure, and fast.
# Ranking reads the same matches (the first COUNT_CAP + 1 the index or scan
# returns), so a word found in most of 100,000 rows is ranked in milliseconds.
COUNT_CAP = 1000
# Results of each type on the "all types" page.
GROUP_SIZE = 5
# Characters of summary and body read for the snippet of a result; the body's
# markup counts too, and the snippet is made from the text left (highlight.py).
SNIPPET_SOURCE_CHARS = 3000


def localized(field: str) -> Coalesce | Value:
    """A translated field in the active language, else the other one (as readers
    see it through modeltranslation's fallback); no field name: empty text."""
    if not field:
        return Value("", output_field=TextField())
    active = build_localized_fieldname(field, get_language() or "en")
    names = list(dict.fromkeys([active, f"{field}_en", f"{field}_zh_hans"]))
    return Coalesce(
        *(NullIf(F(name), Value("")) for name in names),
        Value(""),
        output_field=TextField(),
    )


def matching(search_type: SearchType, terms: SearchTerms) -> QuerySet:
    """Published items of a type that match, with search_rank."""
    return search_type.model.objects.published().search(terms)


def candidates(search_type: SearchType, terms: SearchTerms, ranked: bool) -> QuerySet:
    """The first COUNT_CAP + 1 matching items the index or scan returns, in no
    particular order: pk, and search_rank when ranked."""
    fields = ["pk", "search_rank"] if ranked else ["pk"]
    # No ORDER BY: the scan stops at the cap instead of sorting every match.
    return matching(search_type, terms).order_by().values(*fields)[: COUNT_CAP + 1]


def counts_and_best(
    terms: SearchTerms, ranked: dict[str, int | None]
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """One query: every type's matches counted up to COUNT_CAP + 1 and, for the
    types in `ranked` (key -> how many, None for all), the ids of its best
    matches, best first, ranked among those counted."""
    ctes, selects, params, select_params = [], [], [], []
    for number, search_type in enumerate(search_types()):
        is_ranked = search_type.key in ranked
        sql, sub_params = candidates(
            search_type, terms, ranked=is_ranked
        ).query.sql_with_params()
        # Materialized: each type's candidates are read (and ranked) once, for
        # both the count and the best ids. sql is compiled by the ORM; the query
        # text travels only in params.
        ctes.append(f"c{number} AS MATERIALIZED ({sql})")
        params += sub_params
        best = "NULL::bigint[]"
        if is_ranked:
            best = (
                f"ARRAY(SELECT pk FROM c{number} "  # noqa: S608
                "ORDER BY search_rank DESC, pk LIMIT %s)"
            )
        selects.append(f"SELECT %s, (SELECT count(*) FROM c{number}), {best}")  # noqa: S608
        select_params.append(search_type.key)
        if is_ranked:
            select_params.append(ranked[search_type.key])
    sql = f"WITH {', '.join(ctes)} {' UNION ALL '.join(selects)}"
    with connection.cursor() as cursor:
        cursor.execute(sql, params + select_params)
        rows = cursor.fetchall()
    counts = {key: count for key, count, _ids in rows}
    best = {key: ids for key, _count, ids in rows if ids}
    return counts, best


def result_rows(best: dict[str, list[int]]) -> list[tuple]:
    """Type, id, slug, title and snippet source of the given items, in one query
    (a UNION ALL of one branch per type); only these rows' texts are read."""
    querysets = [
        type_by_key(key)
        .model.objects.filter(pk__in=ids)
        .annotate(
            result_type=Value(key, output_field=CharField()),
            result_title=localized(type_by_key(key).name_field),
            result_text=Left(
                Concat(
                    localized(type_by_key(key).summary_field),
                    Value(" "),
                    localized(type_by_key(key).body_field),
                    output_field=TextField(),
                ),
                SNIPPET_SOURCE_CHARS,
            ),
        )
        .order_by()
        .values_list("result_type", "pk", "slug", "result_title", "result_text")
        for key, ids in best.items()
        if ids
    ]
    if not querysets:
        return []
    return list(querysets[0].union(*querysets[1:], all=True))


@dataclass
class Result:
    type: SearchType
    title: str
    url: str
    snippet: str


@dataclass
class Group:
    type: SearchType
    count: int
    results: list[Result]

    @property
    def count_label(self) -> str:
        return count_label(self.count)


def count_label(count: int) -> str:
    return f"{COUNT_CAP}+" if count > COUNT_CAP else str(count)


def _results(best: dict[str, list[int]], terms: SearchTerms) -> dict[str, list[Result]]:
    """Each type's results, in the order of its ids in `best`."""
    rows = {(kind, pk): row for kind, pk, *row in result_rows(best)}
    results: dict[str, list[Result]] = {}
    for kind, ids in best.items():
        search_type = type_by_key(kind)
        results[kind] = [
            Result(
                type=search_type,
                title=title,
                url=reverse(search_type.url_name, kwargs={"slug": slug}),
                snippet=highlight(text, terms),
            )
            for slug, title, text in (
                rows[kind, pk] for pk in ids if (kind, pk) in rows
            )
        ]
    return results


@dataclass
class SearchPage:
    terms: SearchTerms
    counts: dict[str, int]
    groups: list[Group]
    type: SearchType | None = None
    page: Page | None = None

    @property
    def total(self) -> int:
        return sum(min(count, COUNT_CAP) for count in self.counts.values())

    @property
    def total_label(self) -> str:
        over = any(count > COUNT_CAP for count in self.counts.values())
        return f"{self.total}+" if over else str(self.total)


def search_page(
    terms: SearchTerms, type_key: str = "", page_number=1, page_size: int = 20
) -> SearchPage:
    """Counts per type, and either the best results of every type (no type given)
    or one page of one type's results."""
    if not terms:
        return SearchPage(terms=terms, counts={}, groups=[])
    search_type = type_by_key(type_key)
    if search_type is None:
        ranked = {each.key: GROUP_SIZE for each in search_types()}
    else:
        # Every ranked id of the type (at most COUNT_CAP + 1): the page to show
        # depends on the count, which comes with them.
        ranked = {search_type.key: None}
    counts, best = counts_and_best(terms, ranked)
    if search_type is None:
        results = _results(best, terms)
        groups = [
            Group(type=each, count=counts[each.key], results=results.get(each.key, []))
            for each in search_types()
            if counts.get(each.key)
        ]
        return SearchPage(terms=terms, counts=counts, groups=groups)
    available = min(counts.get(search_type.key, 0), COUNT_CAP)
    page = Paginator(range(available), page_size).get_page(page_number)
    shown = best.get(search_type.key, [])[page.start_index() - 1 : page.end_index()]
    group = Group(
        type=search_type,
        count=counts.get(search_type.key, 0),
        results=_results({search_type.key: shown}, terms).get(search_type.key, []),
    )
    return SearchPage(
        terms=terms, counts=counts, groups=[group], type=search_type, page=page
    )
