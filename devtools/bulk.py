"""Synthetic bulk content for performance work (`manage.py seed_bulk`): the driver.

Each content app owns its share of the rows (`apps/<app>/bulk.py`, registered in
`apps.core.registry.bulk`); this module runs the shares in INSTALLED_APPS order with
one `Synth` they all draw from, and removes their rows again, children first.

Every row is clearly synthetic: names start with "Synthetic" / "合成", slugs with
`syn-`, inquiry references with `SYN-` and e-mail addresses end in `.invalid`. The
content comes from one fixed `random.Random(seed)` that the shares use in turn, so
two runs at the same scale make the same rows (a share must not reorder its draws).
Rows are written with PostgreSQL COPY (psycopg's `cursor.copy`), with ids reserved
from each table's sequence, so scale 1 (about 500,000 rows) loads in well under two
minutes; `VACUUM ANALYZE` runs at the end.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta

from django.db import connection, models
from django.utils import timezone

from apps.core import registry

SLUG_PREFIX = "syn-"
REFERENCE_PREFIX = "SYN-"
DEFAULT_SEED = 20240501

WORDS_EN = [
    "innovation",
    "cluster",
    "research",
    "platform",
    "industry",
    "investment",
    "service",
    "enterprise",
    "development",
    "cooperation",
    "project",
    "talent",
    "technology",
    "park",
    "district",
    "policy",
    "support",
    "capital",
    "market",
    "growth",
    "laboratory",
    "manufacturing",
    "digital",
    "green",
    "health",
]
PHRASES_ZH = [
    "创新",
    "集群",
    "研发",
    "平台",
    "产业",
    "投资",
    "服务",
    "企业",
    "发展",
    "合作",
    "项目",
    "人才",
    "科技",
    "园区",
    "政策",
    "支持",
    "资本",
    "市场",
    "增长",
    "实验室",
    "制造",
    "数字",
    "绿色",
    "健康",
]


class Text:
    """Bilingual filler text from a seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def en(self, words: int) -> str:
        picked = self.rng.choices(WORDS_EN, k=words)
        return "Synthetic " + " ".join(picked) + "."

    def zh(self, words: int) -> str:
        return "合成" + "".join(self.rng.choices(PHRASES_ZH, k=words)) + "。"


def reserve_ids(model: type[models.Model], count: int) -> list[int]:
    """`count` fresh primary keys from the table's own sequence."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) "
            "FROM generate_series(1, %s)",
            [table, count],
        )
        return [row[0] for row in cursor.fetchall()]


def _columns(model: type[models.Model]) -> list[models.Field]:
    return [
        f
        for f in model._meta.concrete_fields
        if not getattr(f, "generated", False) and f.column
    ]


def copy_rows(model: type[models.Model], rows: Iterable[dict]) -> int:
    """Write dict rows (field attnames → Python values) with COPY. Fields a row
    leaves out take their model default; timestamps default to now."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return 0
    fields = [
        f
        for f in _columns(model)
        # An auto primary key the rows do not give comes from its sequence.
        if not (f.primary_key and f.attname not in first)
    ]
    now = timezone.now()
    defaults = {}
    for f in fields:
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            defaults[f.attname] = now
        elif f.has_default() or not f.null:
            defaults[f.attname] = f.get_default()
        else:
            defaults[f.attname] = None
    names = [f.attname for f in fields]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    count = 0
    with connection.cursor() as cursor:
        raw = cursor.cursor  # the psycopg cursor under Django's wrapper
        with raw.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in itertools.chain([first], rows):
                copy.write_row(
                    tuple(
                        row[name] if name in row else defaults[name] for name in names
                    )
                )
                count += 1
    return count


class Synth:
    """What every share writes with: the seeded generator and its filler text, the
    row counts of the scale, the COPY writer, and the ids earlier shares reserved
    (`ids[District]`), so a later share can point at them."""

    slug_prefix = SLUG_PREFIX
    reference_prefix = REFERENCE_PREFIX

    def __init__(self, scale: float, seed: int = DEFAULT_SEED, log=None) -> None:
        self.scale = scale
        self.rng = random.Random(seed)  # noqa: S311 - filler text, not secrets
        self.text = Text(self.rng)
        self.log: Callable[[str], None] = log or (lambda message: None)
        self.summary: dict[str, int] = {}
        self.ids: dict[type[models.Model], list[int]] = {}

    def count(self, at_scale_1: int) -> int:
        """How many rows of a kind this scale makes (at least one)."""
        return max(1, round(at_scale_1 * self.scale))

    def reserve(self, model: type[models.Model], count: int) -> list[int]:
        """Reserve `count` ids of `model` and keep them in `ids[model]`."""
        self.ids[model] = reserve_ids(model, count)
        return self.ids[model]

    def status(self) -> str:
        return "draft" if self.rng.random() < 0.03 else "published"

    def when(self, start_year: int = 2015, end_year: int = 2025) -> datetime:
        start = datetime(start_year, 1, 1, tzinfo=UTC)
        span = (datetime(end_year, 12, 31, tzinfo=UTC) - start).total_seconds()
        return start + timedelta(seconds=self.rng.random() * span)

    @staticmethod
    def translated(base: str, en: str, zh: str) -> dict:
        return {base: en, f"{base}_en": en, f"{base}_zh_hans": zh}

    def copy(self, label: str, model: type[models.Model], rows: Iterable[dict]) -> None:
        """Write the rows and count them under `label` in the summary."""
        count = copy_rows(model, rows)
        self.summary[label] = self.summary.get(label, 0) + count
        self.log(f"{label}: {count}")

    def link(self, descriptor, owner_ids: list[int], target_ids: list[int], k: int):
        """Link each owner to k targets through the M2M's through table."""
        m2m = descriptor.field
        through = m2m.remote_field.through
        source = m2m.m2m_field_name() + "_id"
        target = m2m.m2m_reverse_field_name() + "_id"
        rng = self.rng
        rows = (
            {source: owner, target: chosen}
            for owner in owner_ids
            for chosen in rng.sample(target_ids, min(k, len(target_ids)))
        )
        copy_rows(through, rows)


class Purge:
    """How synthetic rows are recognised, as DELETE statements in the order the
    shares add them (each share its children first)."""

    slug_prefix = SLUG_PREFIX
    reference_prefix = REFERENCE_PREFIX

    def __init__(self) -> None:
        self.statements: list[tuple[str, list]] = []
        # (table, column, pattern) that marks a share's own synthetic rows.
        self.markers: list[tuple[str, str, str]] = []

    def where(self, model: type[models.Model], column: str, pattern: str) -> None:
        """Rows of `model` whose `column` is LIKE `pattern`."""
        table = model._meta.db_table
        self.markers.append((table, column, pattern))
        self.statements.append(
            # Table and column names come from the models, never from input.
            (f"DELETE FROM {table} WHERE {column} LIKE %s", [pattern])  # noqa: S608
        )

    def children(self, model: type[models.Model], fk: str, parent) -> None:
        """Rows of `model` whose `fk` points at a synthetic (slugged) `parent`."""
        self.statements.append(
            (
                # Table and column names come from the models, never from input.
                f"DELETE FROM {model._meta.db_table} WHERE {fk} IN "  # noqa: S608
                f"(SELECT id FROM {parent._meta.db_table} WHERE slug LIKE %s)",
                [SLUG_PREFIX + "%"],
            )
        )

    def rows(self, model: type[models.Model]) -> None:
        """The synthetic rows of a slugged model itself."""
        self.markers.append((model._meta.db_table, "slug", SLUG_PREFIX + "%"))
        self.children(model, "id", model)

    def links(self, descriptor) -> None:
        """The M2M links of a slugged model's synthetic rows."""
        m2m_field = descriptor.field
        through = m2m_field.remote_field.through
        self.children(through, m2m_field.m2m_column_name(), m2m_field.model)


def shares() -> list[tuple[str, registry.BulkShare]]:
    """Every app's share, in INSTALLED_APPS order."""
    return registry.discover("bulk", registry.bulk)


def generate(scale: float, seed: int = DEFAULT_SEED, log=None) -> dict[str, int]:
    """Make every share's rows in order; returns the row count of each kind."""
    synth = Synth(scale, seed, log)
    for _, share in shares():
        share.generate(synth)
    return synth.summary


def _purge() -> Purge:
    purge = Purge()
    # Later apps point at earlier ones: their rows go first.
    for _, share in reversed(shares()):
        share.delete(purge)
    return purge


def delete_synthetic() -> None:
    """Remove every synthetic row (raw SQL, children first: fast at any scale)."""
    with connection.cursor() as cursor:
        for sql, params in _purge().statements:
            cursor.execute(sql, params)


def has_synthetic() -> bool:
    """Whether any share's table holds a synthetic row (one query)."""
    markers = _purge().markers
    if not markers:
        return False
    quote = connection.ops.quote_name
    # Table and column names come from the models, never from input.
    sql = " OR ".join(
        f"EXISTS (SELECT 1 FROM {quote(table)} WHERE {quote(column)} LIKE %s)"  # noqa: S608
        for table, column, _ in markers
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {sql}", [pattern for *_, pattern in markers])
        return cursor.fetchone()[0]


def analyze() -> None:
    """VACUUM ANALYZE: fresh statistics for the planner, and a visibility map so
    that counts can use index-only scans. Runs outside a transaction."""
    with connection.cursor() as cursor:
        # Inside a transaction (tests) VACUUM is not allowed: statistics only.
        cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
