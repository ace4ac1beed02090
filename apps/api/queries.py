"""Reads of the open data API.

Each starts from the content app's `for_listing()` (or `published()`) and adds what
the API shows; related objects that readers may not see are prefetched through
`published()` so that they never leak.
"""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from apps.agreements.models import Agreement, AgreementParty
from apps.districts.models import District, Indicator
from apps.enterprises.models import Organization
from apps.events.models import Event, Speaker
from apps.news.models import Article
from apps.opportunities.models import Opportunity
from apps.parks.models import Park
from apps.policies.models import Measure, Policy


def districts() -> QuerySet[District]:
    """Published districts with their industries."""
    return District.objects.for_listing()


def district_detail() -> QuerySet[District]:
    """Published districts with their industries and figures."""
    return District.objects.for_listing().prefetch_related(
        Prefetch("indicators", queryset=Indicator.objects.select_related("metric"))
    )


def indicators() -> QuerySet[Indicator]:
    """Figures of published districts, by district, metric and year."""
    return (
        Indicator.objects.filter(district__in=District.objects.published())
        .select_related("district", "metric")
        .order_by(
            "district__order",
            "district__name",
            "metric__order",
            "metric__name",
            "year",
            "kind",
            "pk",
        )
    )


def parks() -> QuerySet[Park]:
    """Published parks with their district and industries."""
    return Park.objects.for_listing()


def organizations() -> QuerySet[Organization]:
    """Every published organization (all kinds) with what a row shows."""
    return (
        Organization.objects.published()
        .select_related("district", "park", "parent")
        .prefetch_related("industries", "designations")
    )


def events() -> QuerySet[Event]:
    """Published events with their district and industries."""
    return Event.objects.for_listing().prefetch_related("industries")


def event_detail() -> QuerySet[Event]:
    """Published events with their programme and published organizations."""
    public = Organization.objects.published()
    return events().prefetch_related(
        "sessions",
        Prefetch(
            "speakers",
            queryset=Speaker.objects.select_related("organization", "session"),
        ),
        Prefetch("organizers", queryset=public),
        Prefetch("exhibitors", queryset=public),
    )


def agreements() -> QuerySet[Agreement]:
    """Published agreements with district, event, industries and parties."""
    return Agreement.objects.for_listing().prefetch_related(
        "industries",
        Prefetch(
            "parties",
            queryset=AgreementParty.objects.select_related("organization"),
        ),
    )


def policies() -> QuerySet[Policy]:
    """Published policies with issuer, published districts and industries."""
    return Policy.objects.for_listing().prefetch_related(
        Prefetch("districts", queryset=District.objects.published()), "industries"
    )


def policy_detail() -> QuerySet[Policy]:
    """Published policies with their measures too."""
    return policies().prefetch_related(
        Prefetch(
            "measures",
            queryset=Measure.objects.select_related("category").order_by("number"),
        )
    )


def opportunities() -> QuerySet[Opportunity]:
    """Published opportunities with district, park, promoter and industries."""
    return Opportunity.objects.for_listing().select_related("promoter")


def articles() -> QuerySet[Article]:
    """Published articles, newest first, with their published districts."""
    return Article.objects.for_listing().prefetch_related(
        Prefetch("districts", queryset=District.objects.published())
    )
