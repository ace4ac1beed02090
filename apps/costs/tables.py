"""Cost items arranged for the pages: grouped by category for a district's or a
park's table, side by side for the district comparison."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .models import CATEGORY_ORDER, CostCategory, CostItem


@dataclass(frozen=True)
class CostGroup:
    category: str
    label: str
    items: tuple[CostItem, ...]


@dataclass(frozen=True)
class ComparisonRow:
    category: str
    label: str
    cells: tuple[tuple[CostItem, ...], ...]  # one per district, () where it has none


def _category_key(category: str) -> int:
    return CATEGORY_ORDER.get(category, len(CATEGORY_ORDER))


def cost_groups(items: Iterable[CostItem]) -> list[CostGroup]:
    """Items by category, in the categories' order (the order given within one)."""
    grouped: dict[str, list[CostItem]] = {}
    for item in items:
        grouped.setdefault(item.category, []).append(item)
    return [
        CostGroup(category, CostCategory(category).label, tuple(grouped[category]))
        for category in sorted(grouped, key=_category_key)
    ]


def comparison_rows(
    items: Iterable[CostItem], districts: Sequence
) -> list[ComparisonRow]:
    """One row per category any of the districts has, one cell per district."""
    column = {district.pk: index for index, district in enumerate(districts)}
    table: dict[str, list[list[CostItem]]] = {}
    for item in items:
        if item.district_id not in column:
            continue
        cells = table.setdefault(item.category, [[] for _d in districts])
        cells[column[item.district_id]].append(item)
    return [
        ComparisonRow(
            category,
            CostCategory(category).label,
            tuple(tuple(cell) for cell in table[category]),
        )
        for category in sorted(table, key=_category_key)
    ]
