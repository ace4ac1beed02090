"""The policies' share of the synthetic bulk data (devtools/bulk.py runs it):
measure categories, and policies with five measures each."""

from __future__ import annotations

from datetime import timedelta

from apps.core import registry
from apps.districts.models import District, Industry

from .models import Measure, MeasureCategory, Policy, PolicyLevel

POLICIES = 2_000  # at scale 1
CATEGORIES = 5


def generate(synth) -> None:
    prefix, tr = synth.slug_prefix, synth.translated
    categories = synth.reserve(MeasureCategory, CATEGORIES)
    rows = [
        {
            "id": pk,
            "slug": f"{prefix}measure-category-{n}",
            "order": 100 + n,
            **tr("name", f"Synthetic category {n}", f"合成类别 {n}"),
        }
        for n, pk in enumerate(categories)
    ]
    synth.copy("measure categories", MeasureCategory, rows)

    ids = synth.reserve(Policy, synth.count(POLICIES))
    rng, text = synth.rng, synth.text

    def rows():
        for n, pk in enumerate(ids):
            issued = synth.when(2016, 2025).date()
            yield {
                "id": pk,
                "slug": f"{prefix}policy-{n:05d}",
                "status": synth.status(),
                "published_at": synth.when(),
                "level": rng.choice(PolicyLevel.values),
                "year": issued.year,
                "issued_on": issued,
                "effective_on": issued + timedelta(days=30),
                "measure_count": 5,
                **tr(
                    "title",
                    f"Synthetic Measures on Industry {n:05d}",
                    f"合成产业措施 {n:05d}",
                ),
                **tr("summary", text.en(20), text.zh(12)),
                **tr("body", text.en(150), text.zh(80)),
            }

    synth.copy("policies", Policy, rows())
    synth.link(Policy.districts, ids, synth.ids[District], 1)
    synth.link(Policy.industries, ids, synth.ids[Industry], 1)
    measures = (
        {
            "policy_id": pk,
            "number": number,
            "category_id": categories[number % len(categories)],
            **tr("title", f"Synthetic measure {number}", f"合成措施 {number}"),
            **tr("text", text.en(30), text.zh(15)),
        }
        for pk in ids
        for number in range(1, 6)
    )
    synth.copy("measures", Measure, measures)


def delete(purge) -> None:
    purge.children(Measure, "policy_id", Policy)
    purge.links(Policy.districts)
    purge.links(Policy.industries)
    purge.rows(Policy)
    purge.rows(MeasureCategory)


registry.bulk.register("policies", registry.BulkShare(generate, delete))
