"""What the costs app adds to the district, park and comparison pages."""

from __future__ import annotations

from apps.districts.sections import comparison_page, district_page
from apps.parks.sections import park_page

from .models import CostItem
from .tables import comparison_rows, cost_groups


@district_page.register("costs", print_template="costs/includes/print_costs.html")
def district_costs(district) -> dict:
    return {"cost_groups": cost_groups(CostItem.objects.for_district(district))}


@park_page.register("costs", print_template="costs/includes/print_costs.html")
def park_costs(park) -> dict:
    return {"cost_groups": cost_groups(CostItem.objects.for_park(park))}


@comparison_page.register("costs")
def compared_costs(districts) -> dict:
    items = CostItem.objects.for_districts(districts)
    return {"cost_rows": comparison_rows(items, districts)}
