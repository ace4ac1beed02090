"""Profile uncached public pages in-process, DEBUG off (the production settings of
`make bench`), through the Django test client with the page cache bypassed.

    .venv/bin/python devtools/bench/profile_pages.py          # every page, ms each
    .venv/bin/python devtools/bench/profile_pages.py /en/directory/  # + a cProfile

REPEAT=n requests per page, SQL=1 lists the queries, SORT=tottime, LINES=n.

Needs the bulk data (`manage.py seed_bulk --scale 1`) in DATABASE_URL.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from devtools.bench.run import SERVER_ENV, sample_urls, setup_django, url_plan  # noqa: E402


def main() -> None:
    setup_django(SERVER_ENV)
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    extra = {"HTTP_X_BENCH_NO_CACHE": "1"}
    repeat = int(os.environ.get("REPEAT", "5"))
    only = sys.argv[1:]
    paths = only or [
        step["path"]
        for step in url_plan(sample_urls())
        if step.get("kind") not in {"static", "post", "cached", "capped"}
    ]
    for path in paths:
        response = client.get(path, **extra)  # warm-up (per-process caches)
        start, cpu_start = time.perf_counter(), time.process_time()
        for _ in range(repeat):
            client.get(path, **extra)
        ms = (time.perf_counter() - start) * 1000 / repeat
        cpu_ms = (time.process_time() - cpu_start) * 1000 / repeat
        with CaptureQueriesContext(connection) as queries:
            client.get(path, **extra)
        sql_ms = sum(float(q["time"]) for q in queries.captured_queries) * 1000
        print(
            f"{ms:8.1f} ms  python cpu {cpu_ms:6.1f} ms  sql {sql_ms:6.1f} ms  "
            f"{len(queries):3} q  "
            f"{len(response.content) // 1024:4} KB  {response.status_code}  {path}",
            flush=True,
        )
        if os.environ.get("SQL"):
            for q in queries.captured_queries:
                print(f"      {float(q['time']) * 1000:6.1f} ms  {q['sql'][:300]}")
    if only:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(repeat):
            client.get(only[0], **extra)
        profiler.disable()
        stats = pstats.Stats(profiler).sort_stats(os.environ.get("SORT", "cumulative"))
        stats.print_stats(int(os.environ.get("LINES", "60")))


if __name__ == "__main__":
    main()
