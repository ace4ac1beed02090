"""What the policies app adds to the district page, and the policy page's own
hook (the guides to applying for its measures)."""

from __future__ import annotations

from apps.core.sections import PageSections
from apps.districts.sections import district_page

from .models import Policy

policy_page = PageSections("policy page")

# Policies listed on a district's page.
DISTRICT_POLICIES = 10


@district_page.register("policies")
def district_policies(district) -> dict:
    policies = Policy.objects.applicable_to(district).as_links()
    return {"policies": list(policies[:DISTRICT_POLICIES])}
