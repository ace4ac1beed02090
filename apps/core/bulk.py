"""Synthetic bulk content for performance work (`manage.py seed_bulk`).

Every row is clearly synthetic: names start with "Synthetic" / "合成", slugs with
`syn-`, inquiry references with `SYN-` and e-mail addresses end in `.invalid`. The
content comes from a fixed `random.Random(seed)`, so two runs at the same scale make
the same rows. Rows are written with PostgreSQL COPY (psycopg's `cursor.copy`), with
ids reserved from each table's sequence, so scale 1 (about 500,000 rows) loads in
well under two minutes; `VACUUM ANALYZE` runs at the end.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from django.db import connection, models
from django.utils import timezone

SLUG_PREFIX = "syn-"
REFERENCE_PREFIX = "SYN-"
DEFAULT_SEED = 20240501

# Row counts at scale 1.
SCALE_1 = {
    "districts": 20,
    "indicator_years": 10,
    "parks": 300,
    "organizations": 100_000,
    "events": 10_000,
    "agreements": 10_000,
    "policies": 2_000,
    "articles": 20_000,
    "inquiries": 200_000,
}

SECTORS = [
    ("Biotech", "生物科技"),
    ("Pharma", "医药"),
    ("Medical Devices", "医疗器械"),
    ("Robotics", "机器人"),
    ("New Energy", "新能源"),
    ("Software", "软件"),
    ("Semiconductors", "集成电路"),
    ("Logistics", "物流"),
    ("Materials", "新材料"),
    ("Aerospace", "航空航天"),
]
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
METRICS = [
    ("gdp", "Synthetic output", "合成产值", "billion yuan", "亿元"),
    ("firms", "Synthetic enterprises", "合成企业数", "enterprises", "家"),
    ("investment", "Synthetic investment", "合成投资额", "billion yuan", "亿元"),
    ("patents", "Synthetic patents", "合成专利数", "patents", "件"),
    ("jobs", "Synthetic jobs", "合成就业", "thousand jobs", "千人"),
]


@dataclass
class Plan:
    """How many rows of each kind a scale makes (at least one of each)."""

    scale: float
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, base in SCALE_1.items():
            if name == "indicator_years":
                self.counts[name] = base
            else:
                self.counts[name] = max(1, round(base * self.scale))

    def __getitem__(self, name: str) -> int:
        return self.counts[name]


class Text:
    """Bilingual filler text from a seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def en(self, words: int) -> str:
        picked = self.rng.choices(WORDS_EN, k=words)
        return "Synthetic " + " ".join(picked) + "."

    def zh(self, words: int) -> str:
        return "合成" + "".join(self.rng.choices(PHRASES_ZH, k=words)) + "。"


def _reserve_ids(model: type[models.Model], count: int) -> list[int]:
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


def _translated(base: str, en: str, zh: str) -> dict:
    return {base: en, f"{base}_en": en, f"{base}_zh_hans": zh}


def _when(rng: random.Random, start_year: int = 2015, end_year: int = 2025):
    start = datetime(start_year, 1, 1, tzinfo=UTC)
    span = (datetime(end_year, 12, 31, tzinfo=UTC) - start).total_seconds()
    return start + timedelta(seconds=rng.random() * span)


class Generator:
    """Makes every kind of synthetic content in dependency order."""

    def __init__(self, scale: float, seed: int = DEFAULT_SEED, log=None) -> None:
        self.plan = Plan(scale)
        self.rng = random.Random(seed)  # noqa: S311 - filler text, not secrets
        self.text = Text(self.rng)
        self.log: Callable[[str], None] = log or (lambda message: None)
        self.summary: dict[str, int] = {}

    def _status(self) -> str:
        return "draft" if self.rng.random() < 0.03 else "published"

    def _record(self, label: str, count: int) -> None:
        self.summary[label] = self.summary.get(label, 0) + count
        self.log(f"{label}: {count}")

    def run(self) -> dict[str, int]:
        self.industries()
        self.districts()
        self.parks()
        self.organizations()
        self.events()
        self.agreements()
        self.policies()
        self.articles()
        self.inquiries()
        return self.summary

    # --- taxonomies -------------------------------------------------------------

    def industries(self) -> None:
        from apps.districts.models import Industry, Metric
        from apps.policies.models import MeasureCategory

        ids = _reserve_ids(Industry, len(SECTORS))
        rows = [
            {
                "id": pk,
                "slug": f"{SLUG_PREFIX}industry-{n:02d}",
                "order": 100 + n,
                **_translated("name", f"Synthetic {en}", f"合成{zh}"),
            }
            for n, (pk, (en, zh)) in enumerate(zip(ids, SECTORS, strict=True))
        ]
        self._record("industries", copy_rows(Industry, rows))
        self.industry_ids = ids
        ids = _reserve_ids(Metric, len(METRICS))
        rows = [
            {
                "id": pk,
                "slug": f"{SLUG_PREFIX}metric-{key}",
                "order": 100 + n,
                **_translated("name", en, zh),
                **_translated("unit", unit_en, unit_zh),
            }
            for n, (pk, (key, en, zh, unit_en, unit_zh)) in enumerate(
                zip(ids, METRICS, strict=True)
            )
        ]
        self._record("metrics", copy_rows(Metric, rows))
        self.metric_ids = ids
        ids = _reserve_ids(MeasureCategory, 5)
        rows = [
            {
                "id": pk,
                "slug": f"{SLUG_PREFIX}measure-category-{n}",
                "order": 100 + n,
                **_translated("name", f"Synthetic category {n}", f"合成类别 {n}"),
            }
            for n, pk in enumerate(ids)
        ]
        self._record("measure categories", copy_rows(MeasureCategory, rows))
        self.category_ids = ids

    # --- districts, parks -------------------------------------------------------

    def districts(self) -> None:
        from apps.districts.models import District, Indicator

        count = self.plan["districts"]
        ids = _reserve_ids(District, count)
        rng, text = self.rng, self.text
        rows = [
            {
                "id": pk,
                "slug": f"{SLUG_PREFIX}district-{n:03d}",
                "status": "published",
                "published_at": _when(rng, 2015, 2020),
                "order": 100 + n,
                **_translated("name", f"Synthetic District {n:03d}", f"合成区 {n:03d}"),
                **_translated("summary", text.en(18), text.zh(10)),
                **_translated("body", text.en(120), text.zh(60)),
            }
            for n, pk in enumerate(ids)
        ]
        self._record("districts", copy_rows(District, rows))
        self.district_ids = ids
        self._m2m(District.industries, ids, self.industry_ids, 3)
        years = range(2025 - self.plan["indicator_years"] + 1, 2026)
        indicators = (
            {
                "district_id": district,
                "metric_id": metric,
                "year": year,
                "value": Decimal(rng.randint(10, 90_000)) / 10,
                "kind": "actual",
                **_translated("source", "Synthetic source", "合成来源"),
            }
            for district in ids
            for metric in self.metric_ids
            for year in years
        )
        self._record("indicators", copy_rows(Indicator, indicators))

    def parks(self) -> None:
        from apps.parks.models import Park, ParkKind

        count = self.plan["parks"]
        ids = _reserve_ids(Park, count)
        rng, text = self.rng, self.text
        kinds = ParkKind.values
        rows = []
        for n, pk in enumerate(ids):
            en, zh = SECTORS[n % len(SECTORS)]
            rows.append(
                {
                    "id": pk,
                    "slug": f"{SLUG_PREFIX}park-{n:05d}",
                    "status": self._status(),
                    "published_at": _when(rng),
                    "district_id": rng.choice(self.district_ids),
                    "kind": rng.choice(kinds),
                    "area_hectares": Decimal(rng.randint(100, 90_000)) / 100,
                    "latitude": Decimal("39.9")
                    + Decimal(rng.randint(-999, 999)) / 2000,
                    "longitude": Decimal("116.4")
                    + Decimal(rng.randint(-999, 999)) / 2000,
                    **_translated(
                        "name", f"Synthetic {en} Park {n:05d}", f"合成{zh}园 {n:05d}"
                    ),
                    **_translated("summary", text.en(20), text.zh(12)),
                    **_translated("body", text.en(150), text.zh(80)),
                }
            )
        self._record("parks", copy_rows(Park, rows))
        self.park_ids = ids
        self._m2m(Park.industries, ids, self.industry_ids, 2)

    # --- organizations ----------------------------------------------------------

    def organizations(self) -> None:
        from apps.organizations.models import (
            Designation,
            DesignationKind,
            Organization,
            ServiceField,
        )

        count = self.plan["organizations"]
        ids = _reserve_ids(Organization, count)
        rng, text = self.rng, self.text
        fields = ServiceField.values

        def rows():
            for n, pk in enumerate(ids):
                en, zh = SECTORS[n % len(SECTORS)]
                roll = rng.random()
                if roll < 0.8:
                    kind, service = "company", []
                elif roll < 0.95:
                    kind, service = "service_provider", rng.sample(fields, 2)
                else:
                    kind, service = "government", []
                yield {
                    "id": pk,
                    "slug": f"{SLUG_PREFIX}org-{n:06d}",
                    "status": self._status(),
                    "published_at": _when(rng),
                    "kind": kind,
                    "service_fields": service,
                    "district_id": rng.choice(self.district_ids),
                    "park_id": rng.choice(self.park_ids) if roll < 0.5 else None,
                    "founded_year": rng.randint(1990, 2024),
                    **_translated(
                        "name", f"Synthetic {en} {n:05d}", f"合成{zh} {n:05d}"
                    ),
                    **_translated("description", text.en(40), text.zh(20)),
                }

        self._record("organizations", copy_rows(Organization, rows()))
        self.organization_ids = ids
        self._m2m(Organization.industries, ids, self.industry_ids, 1)
        kinds = DesignationKind.values
        designations = (
            {"organization_id": pk, "kind": rng.choice(kinds), "year": 2020}
            for pk in ids[::10]
        )
        self._record("designations", copy_rows(Designation, designations))

    # --- events -----------------------------------------------------------------

    def events(self) -> None:
        from apps.events.models import Event, EventKind, Session, SessionKind

        count = self.plan["events"]
        ids = _reserve_ids(Event, count)
        rng, text = self.rng, self.text
        starts = {}

        def rows():
            for n, pk in enumerate(ids):
                start = _when(rng, 2018, 2027).replace(minute=0, second=0)
                starts[pk] = start
                yield {
                    "id": pk,
                    "slug": f"{SLUG_PREFIX}event-{n:05d}",
                    "status": self._status(),
                    "published_at": _when(rng, 2015, 2024),
                    "kind": rng.choice(EventKind.values),
                    "starts_at": start,
                    "ends_at": start + timedelta(hours=rng.randint(2, 30)),
                    "district_id": rng.choice(self.district_ids),
                    **_translated(
                        "title", f"Synthetic Forum {n:05d}", f"合成论坛 {n:05d}"
                    ),
                    **_translated("summary", text.en(20), text.zh(12)),
                    **_translated("body", text.en(100), text.zh(50)),
                    **_translated(
                        "venue", f"Synthetic Hall {n % 50}", f"合成会场 {n % 50}"
                    ),
                }

        self._record("events", copy_rows(Event, rows()))
        self.event_ids = ids
        self._m2m(Event.industries, ids, self.industry_ids, 1)
        sessions = (
            {
                "event_id": pk,
                "kind": rng.choice(SessionKind.values),
                "order": order,
                "starts_at": starts[pk] + timedelta(hours=order),
                "ends_at": starts[pk] + timedelta(hours=order + 1),
                **_translated(
                    "title", f"Synthetic session {order + 1}", f"合成分会 {order + 1}"
                ),
            }
            for pk in ids
            for order in range(3)
        )
        self._record("sessions", copy_rows(Session, sessions))

    # --- agreements, policies, articles -----------------------------------------

    def agreements(self) -> None:
        from apps.agreements.models import Agreement, AgreementKind, AgreementParty

        count = self.plan["agreements"]
        ids = _reserve_ids(Agreement, count)
        rng, text = self.rng, self.text

        def rows():
            for n, pk in enumerate(ids):
                signed = _when(rng, 2016, 2025).date()
                yield {
                    "id": pk,
                    "slug": f"{SLUG_PREFIX}agreement-{n:05d}",
                    "status": self._status(),
                    "published_at": _when(rng),
                    "kind": rng.choice(AgreementKind.values),
                    "signed_year": signed.year,
                    "signed_on": signed,
                    "district_id": rng.choice(self.district_ids),
                    "event_id": rng.choice(self.event_ids) if n % 3 == 0 else None,
                    **_translated(
                        "title",
                        f"Synthetic Agreement {n:05d}",
                        f"合成协议 {n:05d}",
                    ),
                    **_translated("summary", text.en(20), text.zh(12)),
                }

        self._record("agreements", copy_rows(Agreement, rows()))
        orgs = self.organization_ids
        parties = (
            {
                "agreement_id": pk,
                "organization_id": orgs[(n * 2 + role) % len(orgs)],
                "role": "lead" if role == 0 else "signatory",
                "order": role,
            }
            for n, pk in enumerate(ids)
            for role in range(2)
        )
        self._record("agreement parties", copy_rows(AgreementParty, parties))

    def policies(self) -> None:
        from apps.policies.models import Measure, Policy, PolicyLevel

        count = self.plan["policies"]
        ids = _reserve_ids(Policy, count)
        rng, text = self.rng, self.text

        def rows():
            for n, pk in enumerate(ids):
                issued = _when(rng, 2016, 2025).date()
                yield {
                    "id": pk,
                    "slug": f"{SLUG_PREFIX}policy-{n:05d}",
                    "status": self._status(),
                    "published_at": _when(rng),
                    "level": rng.choice(PolicyLevel.values),
                    "year": issued.year,
                    "issued_on": issued,
                    "effective_on": issued + timedelta(days=30),
                    "measure_count": 5,
                    **_translated(
                        "title",
                        f"Synthetic Measures on Industry {n:05d}",
                        f"合成产业措施 {n:05d}",
                    ),
                    **_translated("summary", text.en(20), text.zh(12)),
                    **_translated("body", text.en(150), text.zh(80)),
                }

        self._record("policies", copy_rows(Policy, rows()))
        self._m2m(Policy.districts, ids, self.district_ids, 1)
        self._m2m(Policy.industries, ids, self.industry_ids, 1)
        measures = (
            {
                "policy_id": pk,
                "number": number,
                "category_id": self.category_ids[number % len(self.category_ids)],
                **_translated(
                    "title", f"Synthetic measure {number}", f"合成措施 {number}"
                ),
                **_translated("text", text.en(30), text.zh(15)),
            }
            for pk in ids
            for number in range(1, 6)
        )
        self._record("measures", copy_rows(Measure, measures))

    def articles(self) -> None:
        from apps.news.models import Article

        count = self.plan["articles"]
        ids = _reserve_ids(Article, count)
        rng, text = self.rng, self.text
        rows = (
            {
                "id": pk,
                "slug": f"{SLUG_PREFIX}article-{n:05d}",
                "status": self._status(),
                "published_at": _when(rng),
                **_translated("title", f"Synthetic News {n:05d}", f"合成新闻 {n:05d}"),
                **_translated("summary", text.en(25), text.zh(15)),
                **_translated("body", text.en(250), text.zh(120)),
            }
            for n, pk in enumerate(ids)
        )
        self._record("articles", copy_rows(Article, rows))
        self._m2m(Article.districts, ids, self.district_ids, 1)

    # --- inquiries --------------------------------------------------------------

    def inquiries(self) -> None:
        from apps.inquiries.models import Inquiry, InquiryKind, InquiryStatus

        count = self.plan["inquiries"]
        rng, text = self.rng, self.text
        statuses = InquiryStatus.values
        kinds = InquiryKind.values
        epoch = date(2020, 1, 1)

        def rows():
            for n in range(count):
                created = _when(rng, 2020, 2025)
                yield {
                    "reference": f"{REFERENCE_PREFIX}{epoch.year}-{n:07d}",
                    "kind": rng.choice(kinds),
                    "name": f"Synthetic Sender {n:06d}",
                    "email": f"sender{n}@synthetic.invalid",
                    "language": "en" if n % 2 else "zh-hans",
                    "district_id": rng.choice(self.district_ids),
                    "message": text.en(40) if n % 2 else text.zh(30),
                    "consent_at": created,
                    "created_at": created,
                    "updated_at": created,
                    "status": rng.choice(statuses),
                }

        self._record("inquiries", copy_rows(Inquiry, rows()))

    # --- helpers ----------------------------------------------------------------

    def _m2m(self, descriptor, owner_ids: list[int], target_ids: list[int], k: int):
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


# Tables and how their synthetic rows are recognised, children first.
def _delete_statements() -> list[tuple[str, list]]:
    from apps.agreements.models import Agreement, AgreementParty
    from apps.districts.models import District, Indicator, Industry, Metric
    from apps.events.models import Event, Session, Speaker
    from apps.inquiries.models import Inquiry
    from apps.news.models import Article
    from apps.organizations.models import Designation, Organization
    from apps.parks.models import Park, ParkImage
    from apps.policies.models import Measure, MeasureCategory, Policy

    like = SLUG_PREFIX + "%"
    statements: list[tuple[str, list]] = [
        (
            f"DELETE FROM {Inquiry._meta.db_table} WHERE reference LIKE %s",  # noqa: S608
            ["SYN-%"],
        )
    ]

    def children(model, fk: str, parent) -> None:
        statements.append(
            (
                # Table and column names come from the models, never from input.
                f"DELETE FROM {model._meta.db_table} WHERE {fk} IN "  # noqa: S608
                f"(SELECT id FROM {parent._meta.db_table} WHERE slug LIKE %s)",
                [like],
            )
        )

    def m2m(descriptor) -> None:
        m2m_field = descriptor.field
        through = m2m_field.remote_field.through
        owner = m2m_field.model
        children(through, m2m_field.m2m_column_name(), owner)

    for descriptor in (
        Article.districts,
        Article.events,
        Article.agreements,
        Article.organizations,
    ):
        m2m(descriptor)
    children(Article, "id", Article)
    children(Measure, "policy_id", Policy)
    m2m(Policy.districts)
    m2m(Policy.industries)
    children(Policy, "id", Policy)
    children(AgreementParty, "agreement_id", Agreement)
    m2m(Agreement.industries)
    children(Agreement, "id", Agreement)
    children(Speaker, "event_id", Event)
    children(Session, "event_id", Event)
    for descriptor in (Event.industries, Event.organizers, Event.exhibitors):
        m2m(descriptor)
    children(Event, "id", Event)
    children(Designation, "organization_id", Organization)
    m2m(Organization.industries)
    children(Organization, "id", Organization)
    children(ParkImage, "park_id", Park)
    m2m(Park.industries)
    children(Park, "id", Park)
    children(Indicator, "district_id", District)
    m2m(District.industries)
    children(District, "id", District)
    children(Metric, "id", Metric)
    children(MeasureCategory, "id", MeasureCategory)
    children(Industry, "id", Industry)
    return statements


def delete_synthetic() -> None:
    """Remove every synthetic row (raw SQL, children first: fast at any scale)."""
    with connection.cursor() as cursor:
        for sql, params in _delete_statements():
            cursor.execute(sql, params)


def has_synthetic() -> bool:
    from apps.districts.models import Industry

    return Industry.objects.filter(slug__startswith=SLUG_PREFIX).exists()


def analyze() -> None:
    """VACUUM ANALYZE: fresh statistics for the planner, and a visibility map so
    that counts can use index-only scans. Runs outside a transaction."""
    with connection.cursor() as cursor:
        # Inside a transaction (tests) VACUUM is not allowed: statistics only.
        cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
