"""The agreements' share of the synthetic bulk data (devtools/bulk.py runs it):
agreements, a third of them signed at an event, two parties each."""

from __future__ import annotations

from apps.core import registry
from apps.districts.models import District
from apps.events.models import Event
from apps.organizations.models import Organization

from .models import Agreement, AgreementKind, AgreementParty

AGREEMENTS = 10_000  # at scale 1


def generate(synth) -> None:
    prefix, tr = synth.slug_prefix, synth.translated
    ids = synth.reserve(Agreement, synth.count(AGREEMENTS))
    rng, text = synth.rng, synth.text
    districts, events = synth.ids[District], synth.ids[Event]

    def rows():
        for n, pk in enumerate(ids):
            signed = synth.when(2016, 2025).date()
            yield {
                "id": pk,
                "slug": f"{prefix}agreement-{n:05d}",
                "status": synth.status(),
                "published_at": synth.when(),
                "kind": rng.choice(AgreementKind.values),
                "signed_year": signed.year,
                "signed_on": signed,
                "district_id": rng.choice(districts),
                "event_id": rng.choice(events) if n % 3 == 0 else None,
                **tr("title", f"Synthetic Agreement {n:05d}", f"合成协议 {n:05d}"),
                **tr("summary", text.en(20), text.zh(12)),
            }

    synth.copy("agreements", Agreement, rows())
    orgs = synth.ids[Organization]
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
    synth.copy("agreement parties", AgreementParty, parties)


def delete(purge) -> None:
    purge.children(AgreementParty, "agreement_id", Agreement)
    purge.links(Agreement.industries)
    purge.rows(Agreement)


registry.bulk.register("agreements", registry.BulkShare(generate, delete))
