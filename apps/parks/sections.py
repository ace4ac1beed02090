"""What the parks app adds to other pages, and the park page's own hook."""

from __future__ import annotations

from apps.core.ordering import name_order
from apps.core.sections import PageSections
from apps.districts.sections import district_page, industry_page

from .models import Park

# The park page's sections that other apps supply (its organizations).
park_page = PageSections("park page")


@district_page.register("parks", print_template="parks/includes/print_parks.html")
def district_parks(district) -> dict:
    return {"parks": list(Park.objects.in_district(district).as_cards())}


# Parks listed on a sector page.
INDUSTRY_PARKS = 12


@industry_page.register("parks")
def industry_parks(industry) -> dict:
    parks = Park.objects.published().filter(industries=industry).as_cards()
    return {"parks": list(parks.order_by(name_order(), "pk")[:INDUSTRY_PARKS])}
