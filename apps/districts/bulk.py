"""The districts' share of the synthetic bulk data (devtools/bulk.py runs it):
industries, metrics, districts and their yearly indicators."""

from __future__ import annotations

from decimal import Decimal

from apps.core import registry

from .models import District, Indicator, Industry, Metric

# Row counts at scale 1; every district has figures for the last ten years.
DISTRICTS = 20
INDICATOR_YEARS = 10

# Also the sectors of the synthetic parks' and organizations' names.
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
# (key, English name, Chinese name, unit code, how many base units one random step
# is worth): the values are stored in base units like real figures.
METRICS = [
    ("gdp", "Synthetic output", "合成产值", "CNY", 10**8),
    ("firms", "Synthetic enterprises", "合成企业数", "enterprise", 1),
    ("investment", "Synthetic investment", "合成投资额", "CNY", 10**8),
    ("patents", "Synthetic patents", "合成专利数", "patent", 1),
    ("jobs", "Synthetic jobs", "合成就业", "person", 100),
]


def generate(synth) -> None:
    prefix, tr = synth.slug_prefix, synth.translated
    ids = synth.reserve(Industry, len(SECTORS))
    rows = [
        {
            "id": pk,
            "slug": f"{prefix}industry-{n:02d}",
            "order": 100 + n,
            **tr("name", f"Synthetic {en}", f"合成{zh}"),
        }
        for n, (pk, (en, zh)) in enumerate(zip(ids, SECTORS, strict=True))
    ]
    synth.copy("industries", Industry, rows)
    ids = synth.reserve(Metric, len(METRICS))
    rows = [
        {
            "id": pk,
            "slug": f"{prefix}metric-{key}",
            "order": 100 + n,
            **tr("name", en, zh),
            "unit": unit,
        }
        for n, (pk, (key, en, zh, unit, _step)) in enumerate(
            zip(ids, METRICS, strict=True)
        )
    ]
    synth.copy("metrics", Metric, rows)

    ids = synth.reserve(District, synth.count(DISTRICTS))
    rng, text = synth.rng, synth.text
    rows = [
        {
            "id": pk,
            "slug": f"{prefix}district-{n:03d}",
            "status": "published",
            "published_at": synth.when(2015, 2020),
            "order": 100 + n,
            **tr("name", f"Synthetic District {n:03d}", f"合成区 {n:03d}"),
            **tr("summary", text.en(18), text.zh(10)),
            **tr("body", text.en(120), text.zh(60)),
        }
        for n, pk in enumerate(ids)
    ]
    synth.copy("districts", District, rows)
    synth.link(District.industries, ids, synth.ids[Industry], 3)
    years = range(2025 - INDICATOR_YEARS + 1, 2026)
    steps = dict(zip(synth.ids[Metric], [m[4] for m in METRICS], strict=True))
    indicators = (
        {
            "district_id": district,
            "metric_id": metric,
            "year": year,
            "value": Decimal(rng.randint(10, 90_000)) * steps[metric] / 10,
            "kind": "actual",
            **tr("source", "Synthetic source", "合成来源"),
        }
        for district in ids
        for metric in synth.ids[Metric]
        for year in years
    )
    synth.copy("indicators", Indicator, indicators)


def delete(purge) -> None:
    purge.children(Indicator, "district_id", District)
    purge.links(District.industries)
    purge.rows(District)
    purge.rows(Metric)
    purge.rows(Industry)


registry.bulk.register("districts", registry.BulkShare(generate, delete))
