"""Ranking inputs of the site finder, built from published parks and opportunities
and live policies (the reads themselves are QuerySet methods)."""

from __future__ import annotations

from apps.opportunities.models import Opportunity, OpportunityKind, PlanningStatus
from apps.parks.models import Park
from apps.policies.models import Policy

from .ranking import Candidate, PolicyInfo


def policy_infos() -> list[PolicyInfo]:
    """Live policies with their industry and district slugs (three queries)."""
    policies = Policy.objects.live().prefetch_related("industries", "districts")
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
