"""What the guides app adds to the district, park, policy and industry pages."""

from __future__ import annotations

from apps.districts.sections import district_page, industry_page
from apps.parks.sections import park_page
from apps.policies.sections import policy_page

from .models import Guide

# Guides linked from one page.
GUIDES_SHOWN = 10


@district_page.register("guides", print_template="guides/includes/print_guides.html")
def district_guides(district) -> dict:
    return {"guides": list(Guide.objects.for_district(district)[:GUIDES_SHOWN])}


@park_page.register("guides", print_template="guides/includes/print_guides.html")
def park_guides(park) -> dict:
    return {"guides": list(Guide.objects.for_park(park)[:GUIDES_SHOWN])}


@policy_page.register("guides")
def policy_guides(policy) -> dict:
    return {"guides": list(Guide.objects.for_policy(policy)[:GUIDES_SHOWN])}


@industry_page.register("guides")
def industry_guides(industry) -> dict:
    return {"guides": list(Guide.objects.for_industry(industry)[:GUIDES_SHOWN])}
