"""Reads for the site finder and "policies for me"."""

from __future__ import annotations

from itertools import groupby

from django.db.models import Q, QuerySet
from django.utils import timezone

from apps.parks.models import Park
from apps.policies.models import Measure, Policy

from .models import Opportunity, OpportunityKind, PlanningStatus
from .ranking import Candidate, PolicyInfo


def live_policies() -> QuerySet[Policy]:
    """Published policies that have not expired."""
    today = timezone.localdate()
    return Policy.objects.published().filter(
        Q(expires_on__isnull=True) | Q(expires_on__gte=today)
    )


def policy_infos() -> list[PolicyInfo]:
    """Live policies with their industry and district slugs (three queries)."""
    policies = live_policies().prefetch_related("industries", "districts")
    return [
        PolicyInfo(
            slug=policy.slug,
            title=policy.short_title or policy.title,
            industries=frozenset(i.slug for i in policy.industries.all()),
            districts=frozenset(d.slug for d in policy.districts.all()),
        )
        for policy in policies
    ]


def finder_candidates() -> list[Candidate]:
    """Published parks and opportunities as ranking candidates (four queries)."""
    candidates = []
    for park in Park.objects.for_listing():
        space = park.available_space_sqm
        candidates.append(
            Candidate(
                kind="park",
                slug=park.slug,
                title=park.name,
                district=park.district.slug,
                district_name=park.district.name,
                industries=frozenset(i.slug for i in park.industries.all()),
                space_sqm=int(space) if space is not None else None,
                park_kind=park.kind,
                # A park with free space can take a tenant now.
                planning_status=PlanningStatus.READY if space else "",
                url=park.get_absolute_url(),
                obj=park,
            )
        )
    for item in Opportunity.objects.for_listing():
        offers = item.kind == OpportunityKind.SPACE and item.area_sqm is not None
        candidates.append(
            Candidate(
                kind="opportunity",
                slug=item.slug,
                title=item.title,
                district=item.district.slug,
                district_name=item.district.name,
                industries=frozenset(i.slug for i in item.industries.all()),
                space_sqm=int(item.area_sqm) if offers else None,
                park_kind=item.park.kind if item.park_id else "",
                planning_status=item.planning_status,
                url=item.get_absolute_url(),
                obj=item,
            )
        )
    return candidates


def measures_for_profile(
    *, industry=None, district=None, designations=(), stage: str = ""
) -> list[tuple[object, list[Measure]]]:
    """Measures of live policies that apply to an enterprise, grouped by category.

    A policy without industries covers every industry; one without districts is
    city-wide. A measure with eligibility designations needs one of them; with
    stages, the enterprise's stage (a measure is kept when no stage is given).
    """
    policies = live_policies()
    if industry is not None:
        policies = policies.filter(Q(industries__isnull=True) | Q(industries=industry))
    if district is not None:
        policies = policies.filter(Q(districts__isnull=True) | Q(districts=district))
    designation_ok = Q(eligibility__designations=[])
    if designations:
        designation_ok |= Q(eligibility__designations__overlap=list(designations))
    stage_ok = Q(eligibility__stages=[])
    if stage:
        stage_ok |= Q(eligibility__stages__contains=[stage])
    else:
        stage_ok = Q()
    measures = (
        Measure.objects.filter(policy__in=policies.values("pk"))
        .filter(Q(eligibility__isnull=True) | (designation_ok & stage_ok))
        .select_related("category", "policy")
        .order_by(
            "category__order",
            "category__name",
            "category_id",
            "policy__title",
            "number",
        )
    )
    return [
        (category, list(items))
        for category, items in groupby(measures, key=lambda m: m.category)
    ]
