"""The parks' share of the synthetic bulk data (devtools/bulk.py runs it)."""

from __future__ import annotations

from decimal import Decimal

from apps.core import registry
from apps.districts.bulk import SECTORS
from apps.districts.models import District, Industry

from .models import Park, ParkImage, ParkKind

PARKS = 300  # at scale 1


def generate(synth) -> None:
    prefix, tr = synth.slug_prefix, synth.translated
    ids = synth.reserve(Park, synth.count(PARKS))
    rng, text = synth.rng, synth.text
    kinds = ParkKind.values
    districts = synth.ids[District]
    rows = []
    for n, pk in enumerate(ids):
        en, zh = SECTORS[n % len(SECTORS)]
        rows.append(
            {
                "id": pk,
                "slug": f"{prefix}park-{n:05d}",
                "status": synth.status(),
                "published_at": synth.when(),
                "district_id": rng.choice(districts),
                "kind": rng.choice(kinds),
                "area_hectares": Decimal(rng.randint(100, 90_000)) / 100,
                "latitude": Decimal("39.9") + Decimal(rng.randint(-999, 999)) / 2000,
                "longitude": Decimal("116.4") + Decimal(rng.randint(-999, 999)) / 2000,
                **tr("name", f"Synthetic {en} Park {n:05d}", f"合成{zh}园 {n:05d}"),
                **tr("summary", text.en(20), text.zh(12)),
                **tr("body", text.en(150), text.zh(80)),
            }
        )
    synth.copy("parks", Park, rows)
    synth.link(Park.industries, ids, synth.ids[Industry], 2)


def delete(purge) -> None:
    purge.children(ParkImage, "park_id", Park)
    purge.links(Park.industries)
    purge.rows(Park)


registry.bulk.register("parks", registry.BulkShare(generate, delete))
