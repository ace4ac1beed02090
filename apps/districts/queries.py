"""Reads for the district pages that span other apps' models.

Kept here as named functions (one query each) because the models' QuerySets belong
to their apps; each starts from `published()`.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet

from apps.agreements.models import Agreement
from apps.enterprises.models import Organization
from apps.events.models import Event
from apps.parks.models import Park
from apps.policies.models import Policy

from .models import District, Indicator, IndicatorKind


def parks_in(district: District) -> QuerySet[Park]:
    """Published parks of a district."""
    return Park.objects.published().filter(district=district)


def organizations_in(district: District, limit: int = 12) -> QuerySet[Organization]:
    """Published directory organizations of a district, featured first."""
    return (
        Organization.objects.in_directory()
        .filter(district=district)
        .order_by("-featured", "name")[:limit]
    )


def upcoming_events_in(district: District, limit: int = 5) -> QuerySet[Event]:
    """Published events in a district that have not ended, soonest first."""
    return Event.objects.upcoming().filter(district=district)[:limit]


def agreements_in(district: District, limit: int = 6) -> QuerySet[Agreement]:
    """Published agreements signed for a district, latest first."""
    return Agreement.objects.published().filter(district=district)[:limit]


def policies_for(district: District, limit: int = 10) -> QuerySet[Policy]:
    """Published policies that name the district or apply city-wide (no district)."""
    district_links = Policy.districts.through.objects.filter(policy=OuterRef("pk"))
    return (
        Policy.objects.for_listing()
        .filter(
            Exists(district_links.filter(district=district)) | ~Exists(district_links)
        )
        .order_by("-year", "-issued_on", "title")[:limit]
    )


def indicators_of(districts: list[District]) -> QuerySet[Indicator]:
    """Figures of several districts with their metric."""
    return Indicator.objects.filter(district__in=districts).select_related("metric")


def headline_figures(limit: int = 4) -> QuerySet[Indicator]:
    """The latest actual figure per district and metric of published districts,
    newest first, for the home page."""
    latest = (
        Indicator.objects.filter(
            district__in=District.objects.published(),
            kind=IndicatorKind.ACTUAL,
            year__isnull=False,
        )
        .order_by("district_id", "metric_id", "-year")
        .distinct("district_id", "metric_id")
        .values("pk")
    )
    return (
        Indicator.objects.filter(pk__in=latest)
        .select_related("metric", "district")
        .order_by("-district__featured", "district__order", "metric__order", "-year")[
            :limit
        ]
    )
