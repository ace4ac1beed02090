"""The directory's share of the synthetic bulk data (devtools/bulk.py runs it):
organizations, one in ten with a designation."""

from __future__ import annotations

from apps.core import registry
from apps.districts.bulk import SECTORS
from apps.districts.models import District, Industry
from apps.parks.models import Park

from .models import Designation, DesignationKind, Organization, ServiceField

ORGANIZATIONS = 100_000  # at scale 1


def generate(synth) -> None:
    prefix, tr = synth.slug_prefix, synth.translated
    ids = synth.reserve(Organization, synth.count(ORGANIZATIONS))
    rng, text = synth.rng, synth.text
    fields = ServiceField.values
    districts, parks = synth.ids[District], synth.ids[Park]

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
                "slug": f"{prefix}org-{n:06d}",
                "status": synth.status(),
                "published_at": synth.when(),
                "kind": kind,
                "service_fields": service,
                "district_id": rng.choice(districts),
                "park_id": rng.choice(parks) if roll < 0.5 else None,
                "founded_year": rng.randint(1990, 2024),
                **tr("name", f"Synthetic {en} {n:05d}", f"合成{zh} {n:05d}"),
                **tr("description", text.en(40), text.zh(20)),
            }

    synth.copy("organizations", Organization, rows())
    synth.link(Organization.industries, ids, synth.ids[Industry], 1)
    kinds = DesignationKind.values
    designations = (
        {"organization_id": pk, "kind": rng.choice(kinds), "year": 2020}
        for pk in ids[::10]
    )
    synth.copy("designations", Designation, designations)


def delete(purge) -> None:
    purge.children(Designation, "organization_id", Organization)
    purge.links(Organization.industries)
    purge.rows(Organization)


registry.bulk.register("organizations", registry.BulkShare(generate, delete))
