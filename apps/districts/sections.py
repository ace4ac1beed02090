"""The district page's sections that other apps supply (apps/core/sections.py):
parks, organizations, events, agreements and policies each register theirs;
the sector page's and the district comparison's sections likewise."""

from __future__ import annotations

from apps.core.ordering import name_order
from apps.core.sections import PageSections

from .models import District, Indicator

district_page = PageSections("district page")

# An industry's sector page (apps/industries) shows what every app holds for that
# industry: the districts' figures, parks, organizations, policies, events,
# agreements, opportunities, success stories, guides and contacts register theirs.
industry_page = PageSections("industry page")


@industry_page.register("figures")
def industry_figures(industry) -> dict:
    # Only figures whose metric is linked to the industry (Metric.industry), each
    # with its district, year and source; and the districts naming it a key
    # industry.
    districts = District.objects.as_cards().filter(industries=industry)
    return {
        "figures": list(Indicator.objects.for_industry(industry)),
        "districts": list(districts.order_by("order", name_order(), "pk")),
    }


# The district comparison (districts:compare): built from the list of districts
# chosen, in column order; the costs of doing business register theirs.
comparison_page = PageSections("district comparison")
