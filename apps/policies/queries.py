"""Reads for the public policy library.

They build on `Policy.objects.for_listing()`; they live here rather than on the
QuerySet because the models are shared and frozen for this round.
"""

from __future__ import annotations

from itertools import groupby

from django.db.models import QuerySet

from apps.districts.models import District, Industry
from apps.enterprises.models import Organization

from .models import Measure, Policy


def policies_for_cards() -> QuerySet[Policy]:
    """Published policies with their issuer and districts."""
    return Policy.objects.for_listing().prefetch_related("districts")


def policies_for_detail() -> QuerySet[Policy]:
    """Published policies with their issuer, districts and industries."""
    return Policy.objects.for_listing().prefetch_related("districts", "industries")


def measures_by_category(policy: Policy) -> list[tuple[object, list[Measure]]]:
    """The policy's measures grouped by category (categories in their order, measures
    by number); measures without a category come last, under None."""
    measures = policy.measures.select_related("category").order_by(
        "category__order", "category__name", "category_id", "number"
    )
    return [
        (category, list(items))
        for category, items in groupby(measures, key=lambda m: m.category)
    ]


def policy_years() -> list[int]:
    """Years of published policies, newest first."""
    return list(
        Policy.objects.published()
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )


def policy_issuers() -> QuerySet[Organization]:
    """Published organizations that issued a published policy."""
    issued = Policy.objects.published().values("issuer_id")
    return Organization.objects.published().filter(pk__in=issued)


def policy_districts() -> QuerySet[District]:
    """Published districts, for the district filter."""
    return District.objects.published()


def policy_industries() -> QuerySet[Industry]:
    """Industries, for the industry filter."""
    return Industry.objects.all()
