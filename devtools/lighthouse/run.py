"""`make lighthouse`: Lighthouse 12 (mobile, its default simulated throttling) on the
home page, a district and the directory, in English and Chinese, against the
production server (gunicorn, DEBUG off) on the demo content.

Scores of the four categories (performance, accessibility, best practices, SEO) go
to docs/lighthouse.json and docs/lighthouse.md; the run fails when one is below
0.95. Lighthouse comes from devtools/lighthouse/package.json (npm, pinned) and runs
Debian's Chromium. Performance depends on the machine's load: run it on a quiet
machine and compare runs made on the same one.
"""

# ruff: noqa: S603 - runs fixed local commands against 127.0.0.1 only
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from devtools.bench.run import (  # noqa: E402 - after the path is set
    PY,
    SERVER_ENV,
    free_port,
    manage,
    wait_until_up,
)

HERE = Path(__file__).resolve().parent
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
THRESHOLD = 0.95
PAGES = {
    "home": "/{lang}/",
    "district": "/{lang}/districts/daxing/",
    "directory": "/{lang}/directory/",
}
LANGUAGES = ("en", "zh-hans")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update"
)


def audit(url: str, attempts: int = 3) -> dict:
    """One page's scores; Lighthouse is retried when Chromium gives up (it does
    now and then on a loaded machine)."""
    for attempt in range(1, attempts + 1):
        try:
            return _audit_once(url)
        except subprocess.CalledProcessError:
            if attempt == attempts:
                raise
            print(f"Lighthouse failed on {url} ({attempt}/{attempts})", flush=True)
    raise AssertionError("unreachable")


def _audit_once(url: str) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={out.name}",
                f"--only-categories={','.join(CATEGORIES)}",
                f"--chrome-flags={CHROME_FLAGS}",
                "--max-wait-for-load=90000",
            ],
            check=True,
            env={**os.environ, "CHROME_PATH": CHROMIUM},
        )
        report = json.loads(Path(out.name).read_text())
    scores = {name: report["categories"][name]["score"] for name in CATEGORIES}
    failing = sorted(
        audit_id
        for audit_id, result in report["audits"].items()
        if result.get("score") is not None
        and result["score"] < 0.9
        and result.get("scoreDisplayMode") in {"binary", "numeric", "metricSavings"}
    )
    return {"scores": scores, "below_0.9": failing}


def write_report(results: list[dict], label: str) -> None:
    (ROOT / "docs" / "lighthouse.json").write_text(
        json.dumps({"label": label, "results": results}, indent=2, ensure_ascii=False)
        + "\n"
    )
    lines = [
        "# Lighthouse (mobile)",
        "",
        f"`make lighthouse`, {label}. Lighthouse 12, mobile form factor with its "
        "simulated throttling, Debian's Chromium, gunicorn with DEBUG off on the demo "
        f"content. Threshold {THRESHOLD} in every category.",
        "",
        "| page | language | performance | accessibility | best practices | SEO |",
        "|---|---|---|---|---|---|",
    ]
    for row in results:
        s = row["scores"]
        lines.append(
            f"| {row['page']} | {row['language']} | {s['performance']:.2f} | "
            f"{s['accessibility']:.2f} | {s['best-practices']:.2f} | {s['seo']:.2f} |"
        )
    audits = sorted({a for row in results for a in row["below_0.9"]})
    if audits:
        lines += ["", "Audits scoring below 0.9 somewhere: " + ", ".join(audits) + "."]
    (ROOT / "docs" / "lighthouse.md").write_text("\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    today = dt.datetime.now(tz=dt.UTC).date().isoformat()
    parser.add_argument("--label", default=today)
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is missing: make lighthouse installs it (npm ci).")
    env = {**os.environ, **SERVER_ENV}
    manage("migrate", "--noinput", "--verbosity", "0", env=env)
    manage("load_demo", env=env)
    manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
    port = free_port()
    base = f"http://localhost:{port}"
    server = subprocess.Popen(
        [
            *(PY, "-m", "gunicorn", "portal.wsgi", "-c", "gunicorn.conf.py"),
            *("--bind", f"127.0.0.1:{port}", "--workers", "2"),
        ],
        cwd=ROOT,
        env=env,
    )
    results = []
    try:
        wait_until_up(f"http://127.0.0.1:{port}")
        for page, path in PAGES.items():
            for language in LANGUAGES:
                url = base + path.format(lang=language)
                row = {"page": page, "language": language, **audit(url)}
                results.append(row)
                print(page, language, row["scores"], row["below_0.9"], flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    write_report(results, args.label)
    low = [
        f"{row['page']} ({row['language']}) {name} {score:.2f}"
        for row in results
        for name, score in row["scores"].items()
        if score < THRESHOLD
    ]
    if low:
        raise SystemExit("Below the threshold: " + "; ".join(low))


if __name__ == "__main__":
    main()
