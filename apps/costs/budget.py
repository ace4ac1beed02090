"""What the site finder compares with a visitor's budget: the lowest known rent
(yuan per m² per month) and industrial land price (yuan per m²) of a park, or of
its district when the park has none of its own."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .models import (
    DAYS_PER_MONTH,
    RENT_CATEGORIES,
    SQM_PER_MU,
    CostCategory,
    CostItem,
)

# Units each budget converts from: a rent per day is multiplied into one per month,
# a land price per mu divided into one per m².
RENT_FACTORS = {"CNY/m2/month": Decimal(1), "CNY/m2/day": DAYS_PER_MONTH}
LAND_DIVISORS = {"CNY/m2": Decimal(1), "CNY/mu": SQM_PER_MU}


@dataclass(frozen=True)
class Prices:
    """The lowest known rent and land price; None when none is published."""

    rent: Decimal | None = None
    land: Decimal | None = None


def _lower(current: Decimal | None, value: Decimal) -> Decimal:
    return value if current is None or value < current else current


class PriceBook:
    """The lowest rent and land price per park and per district (district-wide
    items only), read once from `CostItem.objects.for_budget()`."""

    def __init__(self, items: Iterable[CostItem]) -> None:
        self._rent: dict[tuple, Decimal] = {}
        self._land: dict[tuple, Decimal] = {}
        for item in items:
            key = (
                ("park", item.park_id)
                if item.park_id
                else ("district", item.district_id)
            )
            if item.category in RENT_CATEGORIES and item.unit in RENT_FACTORS:
                price = item.value_low * RENT_FACTORS[item.unit]
                self._rent[key] = _lower(self._rent.get(key), price)
            elif (
                item.category == CostCategory.INDUSTRIAL_LAND
                and item.unit in LAND_DIVISORS
            ):
                price = item.value_low / LAND_DIVISORS[item.unit]
                self._land[key] = _lower(self._land.get(key), price)

    def prices(self, *, district_id: int, park_id: int | None) -> Prices:
        """A park's own prices, else its district's district-wide ones."""
        keys = [("district", district_id)]
        if park_id:
            keys.insert(0, ("park", park_id))
        rent = next((self._rent[k] for k in keys if k in self._rent), None)
        land = next((self._land[k] for k in keys if k in self._land), None)
        return Prices(rent=rent, land=land)


def price_book() -> PriceBook:
    """Every live rent and land price (one query)."""
    return PriceBook(CostItem.objects.for_budget())
