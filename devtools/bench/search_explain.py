"""EXPLAIN ANALYZE of the search page's SQL (apps/search/queries.py) for a few terms.

    .venv/bin/python devtools/bench/search_explain.py          # the default terms
    .venv/bin/python devtools/bench/search_explain.py "Biocytogen" 医药

For each term: the two queries of the "all types" page as the ORM writes them (the
capped counts with every type's best ids, then the shown rows); prints the
execution time of each (the least of REPEAT runs, default 5, since a shared
machine adds noise) and, with PLAN=1, the plan of the fastest run. Works on any
database DATABASE_URL names (the bulk data, or the million-organization one of
devtools/bench/million.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DEFAULT_TERMS = ["Synthetic Robotics 00042", "Synthetic", "医药"]


def explain(cursor, sql: str) -> tuple[float, list[str]]:
    cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
    lines = [row[0] for row in cursor.fetchall()]
    total = next(
        float(line.split(":")[1].split()[0])
        for line in lines
        if line.startswith("Execution Time")
    )
    return total, lines


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from apps.search.results import search_page
    from apps.search.terms import SearchTerms

    terms = sys.argv[1:] or DEFAULT_TERMS
    repeat = int(os.environ.get("REPEAT", "5"))
    for term in terms:
        language = "zh-hans" if any("\u3400" <= ch <= "\u9fff" for ch in term) else "en"
        with translation.override(language):
            parsed = SearchTerms.parse(term)
            search_page(parsed)  # warm
            with CaptureQueriesContext(connection) as captured:
                search_page(parsed)
            # Each query exactly as it ran (parameters inlined), under EXPLAIN.
            with connection.cursor() as cursor:
                for label, query in zip(
                    ["ranked", "rows"], captured.captured_queries, strict=False
                ):
                    ms, lines = min(
                        explain(cursor, query["sql"]) for _ in range(repeat)
                    )
                    print(f"{term!r:28} {label:7} {ms:9.1f} ms", flush=True)
                    if os.environ.get("PLAN"):
                        print("\n".join("    " + line for line in lines))
            wall = sum(float(q["time"]) for q in captured.captured_queries) * 1000
            print(f"{term!r:28} page SQL as run {wall:.0f} ms", flush=True)


if __name__ == "__main__":
    main()
