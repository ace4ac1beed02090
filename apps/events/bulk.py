"""The events' share of the synthetic bulk data (devtools/bulk.py runs it): events,
three sessions each."""

from __future__ import annotations

from datetime import timedelta

from apps.core import registry
from apps.districts.models import District, Industry

from .models import Event, EventKind, Session, SessionKind, Speaker

EVENTS = 10_000  # at scale 1


def generate(synth) -> None:
    prefix, tr = synth.slug_prefix, synth.translated
    ids = synth.reserve(Event, synth.count(EVENTS))
    rng, text = synth.rng, synth.text
    districts = synth.ids[District]
    starts = {}

    def rows():
        for n, pk in enumerate(ids):
            start = synth.when(2018, 2027).replace(minute=0, second=0)
            starts[pk] = start
            yield {
                "id": pk,
                "slug": f"{prefix}event-{n:05d}",
                "status": synth.status(),
                "published_at": synth.when(2015, 2024),
                "kind": rng.choice(EventKind.values),
                "starts_at": start,
                "ends_at": start + timedelta(hours=rng.randint(2, 30)),
                "district_id": rng.choice(districts),
                **tr("title", f"Synthetic Forum {n:05d}", f"合成论坛 {n:05d}"),
                **tr("summary", text.en(20), text.zh(12)),
                **tr("body", text.en(100), text.zh(50)),
                **tr("venue", f"Synthetic Hall {n % 50}", f"合成会场 {n % 50}"),
            }

    synth.copy("events", Event, rows())
    synth.link(Event.industries, ids, synth.ids[Industry], 1)
    sessions = (
        {
            "event_id": pk,
            "kind": rng.choice(SessionKind.values),
            "order": order,
            "starts_at": starts[pk] + timedelta(hours=order),
            "ends_at": starts[pk] + timedelta(hours=order + 1),
            **tr("title", f"Synthetic session {order + 1}", f"合成分会 {order + 1}"),
        }
        for pk in ids
        for order in range(3)
    )
    synth.copy("sessions", Session, sessions)


def delete(purge) -> None:
    purge.children(Speaker, "event_id", Event)
    purge.children(Session, "event_id", Event)
    for descriptor in (Event.industries, Event.organizers, Event.exhibitors):
        purge.links(descriptor)
    purge.rows(Event)


registry.bulk.register("events", registry.BulkShare(generate, delete))
