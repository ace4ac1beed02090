"""`make bench` / `make bench-quick`: the production server on the bulk data, measured
with wrk, compared with a hello-world view in the same run.

Steps: migrate, seed_bulk (if no synthetic content yet), collectstatic, start gunicorn
(DEBUG off, 127.0.0.1, a free port), then for every URL run wrk for a few seconds and
count the SQL queries of one request in-process (Django test client). Worker memory is
read from /proc before and after. Results: docs/bench.md + docs/bench.json (full) or
docs/bench-quick.md + .json (quick).
"""

# ruff: noqa: S603, S310 - runs fixed local commands and opens 127.0.0.1 URLs only
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
LUA = ROOT / "devtools" / "bench" / "report.lua"

SERVER_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "bench-only-secret-key-not-for-production-0123456789",
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    "DJANGO_SECURE_SSL_REDIRECT": "0",
    "DJANGO_SECURE_HSTS_SECONDS": "0",
    "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
    "DJANGO_LOG_LEVEL": "ERROR",
    "PORTAL_BENCH_ENABLED": "1",
    "PORTAL_INQUIRY_RATE_LIMIT": "0",
    "PORTAL_INQUIRY_MIN_SECONDS": "0",
    "GUNICORN_ACCESSLOG": "",
}
NO_CACHE = "X-Bench-No-Cache: 1"

# Targets: ratio of requests per second to hello-world in the same run.
TARGETS = {
    "static": 0.8,
    "cached": 0.7,
    "detail": 0.35,
    "list": 0.25,
    "search": 0.15,
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(*args: str, env: dict) -> None:
    subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True)


def worker_rss_mb(master_pid: int) -> list[float]:
    """Resident memory of each gunicorn worker (children of the master), in MB."""
    children = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        ppid = re.search(r"^PPid:\s+(\d+)", text, re.M)
        rss = re.search(r"^VmRSS:\s+(\d+) kB", text, re.M)
        if ppid and rss and int(ppid.group(1)) == master_pid:
            children.append(round(int(rss.group(1)) / 1024, 1))
    return sorted(children)


def wait_until_up(base: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("the bench server did not answer /healthz in time")


def run_wrk(url: str, seconds: int, connections: int, headers: list[str], body=""):
    env = {
        **os.environ,
        "BENCH_HEADERS": "\n".join(headers),
        "BENCH_BODY": body,
    }
    command = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "-s",
        str(LUA),
        url,
    ]
    out = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    line = next(
        (x for x in out.stdout.splitlines() if x.startswith("BENCH_JSON ")), None
    )
    if line is None:
        raise RuntimeError(f"wrk gave no summary: {out.stdout}\n{out.stderr}")
    data = json.loads(line.removeprefix("BENCH_JSON "))
    seconds_run = data["duration_us"] / 1e6
    return {
        "rps": round(data["requests"] / seconds_run, 1),
        "p50_ms": round(data["p50_us"] / 1000, 2),
        "p95_ms": round(data["p95_us"] / 1000, 2),
        "p99_ms": round(data["p99_us"] / 1000, 2),
        "requests": data["requests"],
        # Non-2xx/3xx answers, plus socket errors and timeouts.
        "errors": data["status"]
        + data["connect"]
        + data["read"]
        + data["write"]
        + data["timeout"],
    }


def setup_django(env: dict) -> None:
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def sample_urls() -> dict:
    """Slugs of typical synthetic items, read from the database."""
    from apps.districts.models import District
    from apps.news.models import Article
    from apps.organizations.models import Organization
    from apps.parks.models import Park

    def slug(model, **filters):
        return (
            model.objects.published()
            .filter(slug__startswith="syn-", **filters)
            .order_by("pk")
            .values_list("slug", flat=True)[10:11]
            .get()
        )

    org = slug(Organization, kind="company")
    return {
        "district": slug(District),
        "park": slug(Park),
        "org": org,
        "org_name": Organization.objects.get(slug=org).name_en,
        "article": slug(Article),
    }


def static_path() -> str:
    from django.templatetags.static import static

    return static("css/portal.css")


def url_plan(s: dict) -> list[dict]:
    """What is measured: name, path, kind (for the target) and whether the page
    cache is bypassed."""
    directory = "/en/directory/"
    return [
        {"name": "hello-world", "path": "/bench/hello", "kind": "ceiling"},
        {"name": "static file", "path": static_path(), "kind": "static"},
        # The site layout with nothing in it: what any page costs at the least.
        {"name": "layout only", "path": "/bench/layout", "kind": "floor"},
        {"name": "home", "path": "/en/", "kind": "list"},
        {"name": "district detail", "path": f"/en/districts/{s['district']}/"},
        {"name": "park list", "path": "/en/parks/", "kind": "list"},
        {"name": "park detail", "path": f"/en/parks/{s['park']}/"},
        {"name": "directory", "path": directory, "kind": "list"},
        {
            "name": "directory filtered",
            "path": f"{directory}?kind=company&district={s['district']}",
            "kind": "list",
        },
        {"name": "directory page 500", "path": f"{directory}?page=500", "kind": "list"},
        {
            "name": "directory page 2000",
            "path": f"{directory}?page=2000",
            "kind": "capped",
        },
        {
            "name": "directory small (one park)",
            "path": f"{directory}?park={s['park']}",
            "kind": "list",
        },
        {"name": "enterprise detail", "path": f"/en/directory/{s['org']}/"},
        {"name": "event list", "path": "/en/events/", "kind": "list"},
        {"name": "news detail", "path": f"/en/news/{s['article']}/"},
        {"name": "policy list", "path": "/en/policies/", "kind": "list"},
        {
            # One organization's full name: every word must match.
            "name": "search selective (en)",
            "path": "/en/search/?" + urllib.parse.urlencode({"q": s["org_name"]}),
            "kind": "search",
        },
        {
            "name": "search common (en)",
            "path": "/en/search/?q=Synthetic",
            "kind": "info",
        },
        {
            "name": "search two Chinese characters",
            # wrk needs the URL percent-encoded.
            "path": "/zh-hans/search/?" + urllib.parse.urlencode({"q": "医药"}),
            "kind": "info",
        },
        {"name": "services", "path": "/en/directory/services/", "kind": "info"},
        {
            "name": "cached page (park list)",
            "path": "/en/parks/",
            "kind": "cached",
            "cached": True,
        },
        {"name": "inquiry POST", "path": "/en/contact/", "kind": "post"},
    ]


def available(path: str) -> bool:
    from django.urls import Resolver404, resolve
    from django.utils import translation

    language = "zh-hans" if path.startswith("/zh-hans/") else "en"
    with translation.override(language):
        try:
            resolve(urllib.parse.urlsplit(path).path)
        except Resolver404:
            return False
    return True


def count_queries(path: str, cached: bool, post: dict | None = None) -> int:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    extra = {} if cached else {"HTTP_X_BENCH_NO_CACHE": "1"}
    if post is not None:
        with CaptureQueriesContext(connection) as queries:
            client.post(path, post)
        return len(queries)
    client.get(path, **extra)  # warm the per-process caches (site settings)
    with CaptureQueriesContext(connection) as queries:
        client.get(path, **extra)
    return len(queries)


def inquiry_post(base: str) -> tuple[str, list[str], dict]:
    """A valid form post (body, headers) with a real CSRF token and cookie."""
    # The cookies are marked Secure (DEBUG off), so read them from the headers.
    with urllib.request.urlopen(f"{base}/en/contact/?kind=general", timeout=10) as r:
        html = r.read().decode()
        set_cookies = r.headers.get_all("Set-Cookie") or []

    def hidden(name: str) -> str:
        match = re.search(rf'name="{name}" value="([^"]*)"', html)
        return match.group(1) if match else ""

    fields = {
        "csrfmiddlewaretoken": hidden("csrfmiddlewaretoken"),
        "started": hidden("started"),
        "kind": "general",
        "name": "Synthetic Bench Sender",
        "email": "bench@synthetic.invalid",
        "language": "en",
        "message": "Synthetic benchmark inquiry.",
        "consent": "on",
    }
    cookies = "; ".join(c.split(";", 1)[0] for c in set_cookies)
    headers = [
        "Content-Type: application/x-www-form-urlencoded",
        f"Cookie: {cookies}",
        f"Referer: {base}/en/contact/",
    ]
    return urllib.parse.urlencode(fields), headers, fields


def machine() -> dict:
    mem = re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())
    model = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    return {
        "cpus": os.cpu_count(),
        "cpu": model.group(1).strip() if model else platform.processor(),
        "memory_gb": round(int(mem.group(1)) / 1024 / 1024, 1) if mem else None,
        "python": platform.python_version(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def verdicts(results: list[dict]) -> list[dict]:
    by_name = {r["name"]: r for r in results}
    hello = by_name["hello-world"]["rps"] or 1
    checks = []

    def check(label, value, target, note=""):
        if value is None:
            return
        checks.append(
            {
                "target": label,
                "value": round(value, 2),
                "goal": target,
                "met": value >= target if isinstance(target, float) else value,
                "note": note,
            }
        )

    for r in results:
        r["ratio"] = round(r["rps"] / hello, 3) if r.get("rps") else None
        kind = r.get("kind", "detail")
        r["target"] = TARGETS.get(kind)
    for r in results:
        if r.get("target") and r.get("ratio") is not None:
            check(f"{r['name']} / hello-world", r["ratio"], r["target"])

    def rps(name):
        r = by_name.get(name)
        return r["rps"] if r and r.get("rps") else None

    if rps("directory") and rps("directory filtered"):
        check(
            "directory filtered / unfiltered",
            rps("directory filtered") / rps("directory"),
            0.8,
        )
    if rps("directory") and rps("directory small (one park)"):
        check(
            "directory (100,000 rows) / directory of one park (few hundred rows)",
            rps("directory") / rps("directory small (one park)"),
            0.9,
        )
    if by_name.get("directory page 500", {}).get("p50_ms") and by_name["directory"].get(
        "p50_ms"
    ):
        check(
            "directory p50: page 1 / deepest served page (500)",
            by_name["directory"]["p50_ms"] / by_name["directory page 500"]["p50_ms"],
            0.5,
            "page 500 may take at most twice as long as page 1; pages past "
            "PORTAL_MAX_PAGES (500) are a 404",
        )
    errors = sum(
        r.get("errors", 0)
        for r in results
        if r.get("kind") != "capped" and r.get("rps")
    )
    checks.append(
        {"target": "errors", "value": errors, "goal": 0, "met": errors == 0, "note": ""}
    )
    return checks


def write_report(data: dict, quick: bool) -> Path:
    stem = "bench-quick" if quick else "bench"
    docs = ROOT / "docs"
    (docs / f"{stem}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False))
    m = data["machine"]
    lines = [
        f"# Benchmark{' (quick)' if quick else ''}",
        "",
        f"Run {data['date']} on {m['cpus']} CPUs ({m['cpu']}), {m['memory_gb']} GB, "
        f"Python {m['python']}; load average (1, 5, 15 min) at start "
        f"{m['load_average_at_start']}, at end {m.get('load_average_at_end', '?')}. "
        f"gunicorn {data['server']['workers']} workers x "
        f"{data['server']['threads']} threads, DEBUG off, wrk "
        f"{data['wrk']['seconds']} s x {data['wrk']['connections']} connections per "
        f"URL. Data: {data['data']}.",
        "",
        "Uncached rows bypass the page cache (bench-only header "
        "`X-Bench-No-Cache`); `cached page` is served from it. Queries: SQL queries of "
        "one request after a warm-up, counted in-process.",
        "",
        "| URL | req/s | p50 ms | p95 ms | p99 ms | errors | queries | ratio "
        "| target |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in data["results"]:
        if not r.get("rps"):
            lines.append(
                f"| {r['name']} (`{r['path']}`) | {r.get('note', 'not available')} "
                "| | | | | | | |"
            )
            continue
        target = ""
        if r.get("target"):
            met = "met" if r["ratio"] >= r["target"] else "**missed**"
            target = f"≥ {r['target']} {met}"
        elif r.get("kind") == "capped":
            target = "404 by design (page cap)"
        elif r.get("kind") == "floor":
            target = "the floor of any page (see below)"
        lines.append(
            f"| {r['name']} (`{r['path']}`) | {r['rps']} | {r['p50_ms']} | "
            f"{r['p95_ms']} | {r['p99_ms']} | {r['errors']} | {r['queries']} | "
            f"{r['ratio']} | {target} |"
        )
    lines += [
        "",
        "## Targets",
        "",
        "| target | value | goal | met |",
        "| --- | ---: | ---: | --- |",
    ]
    for c in data["checks"]:
        lines.append(
            f"| {c['target']} | {c['value']} | {c['goal']} | "
            f"{'yes' if c['met'] else '**no**'} {c['note']} |"
        )
    memory = data["memory_mb"]
    lines += [
        "",
        f"Worker memory (RSS, MB): before {memory['before']}, after {memory['after']} "
        f"(target ≤ 150 MB each: {'met' if memory['met'] else '**missed**'}).",
        "",
    ]
    notes = ROOT / "devtools" / "bench" / "NOTES.md"
    if notes.exists() and not quick:
        lines += [notes.read_text()]
    path = docs / f"{stem}.md"
    path.write_text("\n".join(lines))
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--scale", type=float, default=None)
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="rewrite docs/bench*.md from docs/bench*.json (e.g. after editing "
        "devtools/bench/NOTES.md) without measuring again",
    )
    args = parser.parse_args()
    if args.report_only:
        stem = "bench-quick" if args.quick else "bench"
        data = json.loads((ROOT / "docs" / f"{stem}.json").read_text())
        path = write_report(data, args.quick)
        print(f"Rewrote {path.relative_to(ROOT)}")
        return
    # Before migrate, the server and wrk add their own load.
    load_at_start = [round(x, 2) for x in os.getloadavg()]
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install wrk")
    quick = args.quick
    scale = args.scale or (0.05 if quick else 1.0)
    seconds = 3 if quick else 10
    connections = 8 if quick else 16
    env = {**os.environ, **SERVER_ENV}

    manage("migrate", "--noinput", "--verbosity", "0", env=env)
    manage("seed_bulk", "--scale", str(scale), "--if-missing", env=env)
    manage("collectstatic", "--noinput", "--verbosity", "0", env=env)

    setup_django(SERVER_ENV)
    from apps.organizations.models import Organization

    data_note = f"{Organization.objects.count():,} organizations"
    samples = sample_urls()
    plan = url_plan(samples)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    workers = os.environ.get("GUNICORN_WORKERS", str((os.cpu_count() or 1) * 2 + 1))
    threads = os.environ.get("GUNICORN_THREADS", "1")
    server = subprocess.Popen(
        [
            PY,
            "-m",
            "gunicorn",
            "portal.wsgi",
            "-c",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            workers,
            "--threads",
            threads,
            "--max-requests",
            "0",
        ],
        cwd=ROOT,
        env=env,
    )
    results = []
    try:
        wait_until_up(base)
        for step in plan:  # warm every worker's caches
            if step.get("kind") != "post" and available(step["path"]):
                run_wrk(base + step["path"], 1, connections, [NO_CACHE])
        memory_before = worker_rss_mb(server.pid)
        for step in plan:
            row = {**step}
            path = step["path"]
            if step["name"].startswith("search") and not available(path):
                row["note"] = "not available (no search URL in this build)"
                results.append(row)
                print(f"{step['name']:40} not available", flush=True)
                continue
            if step.get("kind") == "post":
                body, headers, fields = inquiry_post(base)
                row.update(run_wrk(base + path, seconds, connections, headers, body))
                row["queries"] = count_queries(
                    path, cached=False, post={**fields, "csrfmiddlewaretoken": ""}
                )
            else:
                cached = step.get("cached") or step.get("kind") in {"ceiling", "static"}
                headers = [] if cached else [NO_CACHE]
                row.update(run_wrk(base + path, seconds, connections, headers))
                row["queries"] = (
                    0 if step.get("kind") == "static" else count_queries(path, cached)
                )
            results.append(row)
            print(
                f"{step['name']:40} {row['rps']:>8} req/s  p50 {row['p50_ms']:>7} ms  "
                f"p99 {row['p99_ms']:>7} ms  errors {row['errors']}  "
                f"queries {row['queries']}",
                flush=True,
            )
        memory_after = worker_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)

    data = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "server": {"workers": int(workers), "threads": int(threads)},
        "wrk": {"seconds": seconds, "connections": connections},
        "data": data_note,
        "results": results,
        "memory_mb": {
            "before": memory_before,
            "after": memory_after,
            "met": bool(memory_after) and max(memory_after) <= 150,
        },
    }
    data["machine"]["load_average_at_start"] = load_at_start
    data["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    data["checks"] = verdicts(results)
    path = write_report(data, quick)
    print(f"Results written to {path.relative_to(ROOT)} and .json")


if __name__ == "__main__":
    main()
