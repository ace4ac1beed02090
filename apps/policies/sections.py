"""What the policies app adds to the district and sector pages, and the policy
page's own hook (the contacts who answer for it, the guides to applying for its
measures)."""

from __future__ import annotations

from django.db.models import Count

from apps.core.sections import PageSections
from apps.districts.sections import district_page, industry_page

from .models import Policy

policy_page = PageSections("policy page")

# Policies listed on a district's page, and on a sector page.
DISTRICT_POLICIES = 10
INDUSTRY_POLICIES = 10


@district_page.register(
    "policies", print_template="policies/includes/print_policies.html"
)
def district_policies(district) -> dict:
    policies = Policy.objects.applicable_to(district).as_links()
    return {"policies": list(policies[:DISTRICT_POLICIES])}


@industry_page.register("policies")
def industry_policies(industry) -> dict:
    # Policies that name the sector (not the many for every industry), with how
    # many of their measures are entered.
    policies = (
        Policy.objects.published()
        .filter(industries=industry)
        .as_links()
        .annotate(measures_entered=Count("measures"))
        .order_by("-year", "title", "pk")
    )
    return {"policies": list(policies[:INDUSTRY_POLICIES])}
