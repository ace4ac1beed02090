"""One million synthetic organizations in a separate database, for measuring the
search SQL at that size (docs/search.md). Fast: one INSERT … SELECT generate_series
per 100,000 rows, then ANALYZE; the generated search columns are computed by
PostgreSQL on insert.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_million \\
        .venv/bin/python manage.py ensure_db
    DATABASE_URL=… .venv/bin/python manage.py migrate
    DATABASE_URL=… .venv/bin/python devtools/bench/million.py [--rows 1000000]
    DATABASE_URL=… .venv/bin/python devtools/bench/search_explain.py
    dropdb -h 127.0.0.1 -U postgres portal_million      # afterwards: about 2 GB

Every name is synthetic ("Synthetic …", "合成…") and slugs start with "mil-org-", as
seed_bulk's rows start with "syn-". Refuses a database that already has content
other than these rows.
"""

# ruff: noqa: S608 - the SQL below is fixed text, the numbers are parameters
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# Sector words in both languages (the organization's name), as seed_bulk uses.
SECTORS = [
    ("Biotech", "生物技术"),
    ("Pharma", "医药"),
    ("Medical Devices", "医疗器械"),
    ("Robotics", "机器人"),
    ("Semiconductors", "半导体"),
    ("Software", "软件"),
    ("New Energy", "新能源"),
    ("Materials", "新材料"),
    ("Aerospace", "航空航天"),
    ("Logistics", "物流"),
]
# Name prefixes, so that names differ by more than a number.
PREFIXES = [
    ("Aurora", "曙光"),
    ("Jingwei", "京维"),
    ("Huaxin", "华信"),
    ("Zhongke", "中科"),
    ("Tianrun", "天润"),
    ("Beichen", "北辰"),
    ("Yunfan", "云帆"),
    ("Hengtai", "恒泰"),
    ("Xinghe", "星河"),
    ("Lianchuang", "联创"),
    ("Ruida", "瑞达"),
    ("Kangning", "康宁"),
]
WORDS_EN = [
    "research", "manufacturing", "platform", "laboratory", "cluster", "investment",
    "talent", "digital", "green", "cooperation", "innovation", "services", "market",
    "capital", "growth", "policy",
]  # fmt: skip
WORDS_ZH = [
    "研发", "制造", "平台", "实验室", "集群", "投资", "人才", "数字",
    "绿色", "合作", "创新", "服务", "市场", "资本", "增长", "政策",
]  # fmt: skip

BATCH = 100_000


def _array(values: list[str]) -> str:
    return "ARRAY[" + ",".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def insert_sql() -> str:
    sector_en = _array([en for en, _ in SECTORS])
    sector_zh = _array([zh for _, zh in SECTORS])
    prefix_en = _array([en for en, _ in PREFIXES])
    prefix_zh = _array([zh for _, zh in PREFIXES])
    words_en = _array(WORDS_EN)
    words_zh = _array(WORDS_ZH)
    n_s, n_p, n_w = len(SECTORS), len(PREFIXES), len(WORDS_EN)
    if len(WORDS_ZH) != n_w:
        raise ValueError("one Chinese word per English word")
    # Pseudo-random but repeatable word picks: (g * prime) % n.
    en_desc = " || ' ' || ".join(
        f"({words_en})[1 + ((g * {p}) % {n_w})]" for p in (7, 13, 31, 37, 53, 71)
    )
    zh_desc = " || ".join(
        f"({words_zh})[1 + ((g * {p}) % {n_w})]" for p in (7, 13, 31, 37, 53, 71)
    )
    name_en = (
        f"'Synthetic ' || ({prefix_en})[1 + (g / {n_s}) % {n_p}] || ' ' "
        f"|| ({sector_en})[1 + g % {n_s}] || ' ' || lpad(g::text, 7, '0')"
    )
    name_zh = (
        f"'合成' || ({prefix_zh})[1 + (g / {n_s}) % {n_p}] "
        f"|| ({sector_zh})[1 + g % {n_s}] || '有限公司 ' || lpad(g::text, 7, '0')"
    )
    return f"""
        INSERT INTO organizations_organization (
            created_at, updated_at, status, published_at, slug,
            name, name_en, name_zh_hans, short_name, short_name_en, short_name_zh_hans,
            kind, service_fields, description, description_en, description_zh_hans,
            website, logo, address, address_en, address_zh_hans, featured)
        SELECT now(), now(), 'published', now() - interval '1 day',
            'mil-org-' || lpad(g::text, 7, '0'),
            {name_en}, {name_en}, {name_zh}, '', '', '',
            CASE WHEN g % 10 = 0 THEN 'service_provider' ELSE 'company' END,
            '{{}}',
            'Synthetic ' || {en_desc}, 'Synthetic ' || {en_desc}, '合成' || {zh_desc},
            '', '', '', 'Synthetic Road ' || g, '合成路' || g || '号', false
        FROM generate_series(%s, %s) AS g
    """.replace(" % ", " %% ")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()
    from django.db import connection

    from apps.organizations.models import Organization

    others = Organization.objects.exclude(slug__startswith="mil-org-").exists()
    if others:
        raise SystemExit("This database has other organizations: use an empty one.")
    done = Organization.objects.count()
    sql = insert_sql()
    started = time.monotonic()
    with connection.cursor() as cursor:
        for first in range(done + 1, args.rows + 1, BATCH):
            last = min(first + BATCH - 1, args.rows)
            cursor.execute(sql, [first, last])
            elapsed = time.monotonic() - started
            print(f"{last:>9,} organizations ({elapsed:.0f} s)", flush=True)
        cursor.execute("VACUUM ANALYZE organizations_organization")
    print(f"Done in {time.monotonic() - started:.0f} s.")


if __name__ == "__main__":
    main()
