"""What the parks app adds to other pages, and the park page's own hook."""

from __future__ import annotations

from apps.core.sections import PageSections
from apps.districts.sections import district_page

from .models import Park

# The park page's sections that other apps supply (its organizations).
park_page = PageSections("park page")


@district_page.register("parks", print_template="parks/includes/print_parks.html")
def district_parks(district) -> dict:
    return {"parks": list(Park.objects.in_district(district).as_cards())}
