"""The inquiries' share of the synthetic bulk data (devtools/bulk.py runs it):
references `SYN-…`, e-mail addresses at `synthetic.invalid`."""

from __future__ import annotations

from datetime import date

from apps.core import registry
from apps.districts.models import District

from .models import Inquiry, InquiryKind, InquiryStatus

INQUIRIES = 200_000  # at scale 1


def generate(synth) -> None:
    count = synth.count(INQUIRIES)
    rng, text = synth.rng, synth.text
    statuses = InquiryStatus.values
    kinds = InquiryKind.values
    districts = synth.ids[District]
    epoch = date(2020, 1, 1)

    def rows():
        for n in range(count):
            created = synth.when(2020, 2025)
            yield {
                "reference": f"{synth.reference_prefix}{epoch.year}-{n:07d}",
                "kind": rng.choice(kinds),
                "name": f"Synthetic Sender {n:06d}",
                "email": f"sender{n}@synthetic.invalid",
                "language": "en" if n % 2 else "zh-hans",
                "district_id": rng.choice(districts),
                "message": text.en(40) if n % 2 else text.zh(30),
                "consent_at": created,
                "created_at": created,
                "updated_at": created,
                "status": rng.choice(statuses),
            }

    synth.copy("inquiries", Inquiry, rows())


def delete(purge) -> None:
    purge.where(Inquiry, "reference", purge.reference_prefix + "%")


registry.bulk.register("inquiries", registry.BulkShare(generate, delete))
