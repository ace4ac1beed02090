"""What the opportunities app adds to the sector page."""

from __future__ import annotations

from apps.districts.sections import industry_page

from .models import Opportunity

# Opportunities listed on a sector page.
INDUSTRY_OPPORTUNITIES = 6


@industry_page.register("opportunities")
def industry_opportunities(industry) -> dict:
    opportunities = (
        Opportunity.objects.published()
        .filter(industries=industry)
        .select_related("district")
        .only("slug", "title", "kind", "district__name")
    )
    return {"opportunities": list(opportunities[:INDUSTRY_OPPORTUNITIES])}
