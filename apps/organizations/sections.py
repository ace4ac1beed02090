"""What the organizations app adds to other pages, and the organization page's
own hook (its events and agreements)."""

from __future__ import annotations

from django.db.models import Count, Window

from apps.core.sections import PageSections
from apps.districts.sections import district_page, industry_page
from apps.parks.sections import park_page

from .models import Organization

organization_page = PageSections("organization page")

# Directory organizations listed on a district's page.
DISTRICT_ORGANIZATIONS = 12
# Organizations listed on a park's page.
PARK_ORGANIZATIONS = 24


@district_page.register(
    "organizations", print_template="organizations/includes/print_organizations.html"
)
def district_organizations(district) -> dict:
    organizations = Organization.objects.in_directory_of(district).as_links()
    return {"organizations": list(organizations[:DISTRICT_ORGANIZATIONS])}


@park_page.register(
    "organizations", print_template="organizations/includes/print_organizations.html"
)
def park_organizations(park) -> dict:
    # The first few, featured first, and how many there are in all (one query):
    # a park may hold hundreds; the rest are a link to the directory away.
    organizations = list(
        Organization.objects.in_directory()
        .filter(park=park)
        .annotate(park_total=Window(Count("pk")))
        .order_by("-featured", "name")[:PARK_ORGANIZATIONS]
    )
    return {
        "organizations": organizations,
        "organizations_total": organizations[0].park_total if organizations else 0,
    }


@industry_page.register("organizations")
def industry_organizations(industry) -> dict:
    # A count and a link into the directory filtered by the industry: a sector
    # may hold thousands of organizations.
    directory = Organization.objects.in_directory().filter(industries=industry)
    return {"organizations_total": directory.count()}
