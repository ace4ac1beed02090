"""Reads for the public agreement pages.

They build on `Agreement.objects.for_listing()`; they live here rather than on the
QuerySet because the models are shared and frozen for this round.
"""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from apps.districts.models import District, Industry
from apps.events.models import Event

from .models import Agreement, AgreementParty


def _parties() -> Prefetch:
    return Prefetch(
        "parties",
        queryset=AgreementParty.objects.select_related("organization"),
    )


def agreements_for_cards() -> QuerySet[Agreement]:
    """Published agreements with their district, event and parties' organizations."""
    return Agreement.objects.for_listing().prefetch_related(_parties())


def agreements_for_detail() -> QuerySet[Agreement]:
    """Published agreements with everything the detail page shows."""
    return Agreement.objects.for_listing().prefetch_related(_parties(), "industries")


def agreement_years() -> list[int]:
    """Years in which published agreements were signed, newest first."""
    return list(
        Agreement.objects.published()
        .order_by("-signed_year")
        .values_list("signed_year", flat=True)
        .distinct()
    )


def agreement_districts() -> QuerySet[District]:
    """Published districts, for the district filter."""
    return District.objects.published()


def agreement_industries() -> QuerySet[Industry]:
    """Industries, for the industry filter."""
    return Industry.objects.all()


def agreement_events() -> QuerySet[Event]:
    """Published events at which a published agreement was signed, newest first."""
    signed_at = Agreement.objects.published().values("event_id")
    return Event.objects.published().filter(pk__in=signed_at).order_by("-starts_at")
