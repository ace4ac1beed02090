"""Reads of the search page: ranked, capped results of every content type.

The whole page costs two queries whatever the data size: one UNION ALL of the
capped counts of every type, and one of the ranked rows (the top few of every type,
or one page of one type). Every branch has a LIMIT.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib import import_module

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import CharField, F, QuerySet, TextField, Value
from django.db.models.functions import Coalesce, Concat, Left, NullIf
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from .highlight import highlight
from .query import SearchTerms

# Counts stop here: "1000+" is as useful to a reader as the exact figure, and fast.
COUNT_CAP = 1000
# Results of each type on the "all types" page.
GROUP_SIZE = 5
# Ranking reads at most this many matches of a type (those the indexes find first),
# so a word found in most of 100,000 rows is ranked in milliseconds, not seconds.
# It equals COUNT_CAP: past it the count shows "1000+" and the pages stop too.
RANK_CANDIDATES = COUNT_CAP
# Characters of summary and body read for the snippet of a result.
SNIPPET_SOURCE_CHARS = 1500


@dataclass(frozen=True)
class SearchType:
    key: str
    label: Promise
    model_path: str
    name_field: str
    summary_field: str
    body_field: str
    url_name: str

    @property
    def model(self):
        module, name = self.model_path.rsplit(".", 1)
        return getattr(import_module(module), name)


SEARCH_TYPES: tuple[SearchType, ...] = (
    SearchType(
        "organizations",
        _("Organizations"),
        "apps.enterprises.models.Organization",
        "name",
        "description",
        "address",
        "enterprises:detail",
    ),
    SearchType(
        "districts",
        _("Districts"),
        "apps.districts.models.District",
        "name",
        "summary",
        "body",
        "districts:detail",
    ),
    SearchType(
        "parks",
        _("Parks"),
        "apps.parks.models.Park",
        "name",
        "summary",
        "body",
        "parks:detail",
    ),
    SearchType(
        "events",
        _("Events"),
        "apps.events.models.Event",
        "title",
        "summary",
        "body",
        "events:detail",
    ),
    SearchType(
        "agreements",
        _("Agreements"),
        "apps.agreements.models.Agreement",
        "title",
        "summary",
        "body",
        "agreements:detail",
    ),
    SearchType(
        "policies",
        _("Policies"),
        "apps.policies.models.Policy",
        "title",
        "summary",
        "body",
        "policies:detail",
    ),
    SearchType(
        "news",
        _("News"),
        "apps.news.models.Article",
        "title",
        "summary",
        "body",
        "news:detail",
    ),
)
TYPES_BY_KEY = {search_type.key: search_type for search_type in SEARCH_TYPES}


def localized(field: str) -> Coalesce:
    """A translated field in the active language, else the other one (as readers
    see it through modeltranslation's fallback)."""
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


def candidates(search_type: SearchType, terms: SearchTerms) -> QuerySet:
    """Ids of at most RANK_CANDIDATES matching items, in no particular order."""
    return matching(search_type, terms).order_by().values("pk")[:RANK_CANDIDATES]


def ranked_ids(search_type: SearchType, terms: SearchTerms) -> QuerySet:
    """Ids of matching items, best first (among the first RANK_CANDIDATES
    matches)."""
    return (
        search_type.model.objects.filter(pk__in=candidates(search_type, terms))
        .annotate(search_rank=terms.rank(search_type.name_field))
        .order_by("-search_rank", "pk")
        .values("pk")
    )


def ranked_rows(
    search_type: SearchType, terms: SearchTerms, start: int, stop: int
) -> QuerySet:
    """Results start to stop (best first) as plain rows for a result list."""
    # The candidates are ranked on the search column alone; titles and texts (the
    # widest columns, often stored out of line) are read for the shown rows only.
    shown = ranked_ids(search_type, terms)[start:stop]
    return (
        search_type.model.objects.filter(pk__in=shown)
        .annotate(
            search_rank=terms.rank(search_type.name_field),
            result_type=Value(search_type.key, output_field=CharField()),
            result_title=localized(search_type.name_field),
            result_text=Left(
                Concat(
                    localized(search_type.summary_field),
                    Value(" "),
                    localized(search_type.body_field),
                    output_field=TextField(),
                ),
                SNIPPET_SOURCE_CHARS,
            ),
        )
        .order_by("-search_rank", "pk")
        .values_list(
            "result_type", "slug", "result_title", "result_text", "search_rank"
        )
    )


def capped_counts(terms: SearchTerms, types: Iterable[SearchType]) -> dict[str, int]:
    """Matches per type, counted up to COUNT_CAP + 1, in one query."""
    parts, params = [], []
    for search_type in types:
        # No ORDER BY: the count stops at the cap instead of sorting every match.
        subquery = matching(search_type, terms).order_by().values("pk")
        subquery = subquery[: COUNT_CAP + 1]
        sql, sub_params = subquery.query.sql_with_params()
        # sql is compiled by the ORM; the query text travels only in params.
        parts.append(f"SELECT %s, (SELECT count(*) FROM ({sql}) AS matches)")  # noqa: S608
        params += [search_type.key, *sub_params]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return dict(cursor.fetchall())


@dataclass
class Result:
    type: SearchType
    title: str
    url: str
    snippet: str
    rank: float


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


def _results(rows: Iterable[tuple], terms: SearchTerms) -> list[Result]:
    return [
        Result(
            type=TYPES_BY_KEY[kind],
            title=title,
            url=reverse(TYPES_BY_KEY[kind].url_name, kwargs={"slug": slug}),
            snippet=highlight(text, terms),
            rank=rank,
        )
        for kind, slug, title, text, rank in rows
    ]


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
    counts = capped_counts(terms, SEARCH_TYPES)
    search_type = TYPES_BY_KEY.get(type_key)
    if search_type is None:
        querysets = [
            ranked_rows(each, terms, 0, GROUP_SIZE)
            for each in SEARCH_TYPES
            if counts.get(each.key)
        ]
        rows = []
        if querysets:
            rows = list(querysets[0].union(*querysets[1:], all=True))
        results = _results(rows, terms)
        groups = [
            Group(
                type=each,
                count=counts[each.key],
                results=sorted(
                    (r for r in results if r.type is each),
                    key=lambda r: -r.rank,
                ),
            )
            for each in SEARCH_TYPES
            if counts.get(each.key)
        ]
        return SearchPage(terms=terms, counts=counts, groups=groups)
    available = min(counts.get(search_type.key, 0), COUNT_CAP)
    page = Paginator(range(available), page_size).get_page(page_number)
    rows = []
    if available:
        rows = list(
            ranked_rows(search_type, terms, page.start_index() - 1, page.end_index())
        )
    group = Group(
        type=search_type,
        count=counts.get(search_type.key, 0),
        results=_results(rows, terms),
    )
    return SearchPage(
        terms=terms, counts=counts, groups=[group], type=search_type, page=page
    )
