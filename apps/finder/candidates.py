"""Ranking inputs of the site finder, built from published parks and opportunities
and live policies (the reads themselves are QuerySet methods)."""

from __future__ import annotations

from apps.costs.budget import PriceBook, Prices
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


def finder_candidates(prices: PriceBook | None = None) -> list[Candidate]:
    """Published parks and opportunities as ranking candidates (four queries), with
    their lowest rent and land price when a price book is given."""

    def priced(district_id: int, park_id: int | None) -> Prices:
        if prices is None:
            return Prices()
        return prices.prices(district_id=district_id, park_id=park_id)

    candidates = []
    for park in Park.objects.for_listing():
        space = park.available_space_sqm
        park_prices = priced(park.district_id, park.pk)
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
                rent=park_prices.rent,
                land_price=park_prices.land,
                url=park.get_absolute_url(),
                obj=park,
            )
        )
    for item in Opportunity.objects.for_listing():
        offers = item.kind == OpportunityKind.SPACE and item.area_sqm is not None
        item_prices = priced(item.district_id, item.park_id)
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
                rent=item_prices.rent,
                land_price=item_prices.land,
                url=item.get_absolute_url(),
                obj=item,
            )
        )
    return candidates
