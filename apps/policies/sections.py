"""What the policies app adds to the district page."""

from __future__ import annotations

from apps.districts.sections import district_page

from .models import Policy

# Policies listed on a district's page.
DISTRICT_POLICIES = 10


@district_page.register(
    "policies", print_template="policies/includes/print_policies.html"
)
def district_policies(district) -> dict:
    policies = Policy.objects.applicable_to(district).as_links()
    return {"policies": list(policies[:DISTRICT_POLICIES])}
