"""Geometry of the server-rendered bar charts on district pages (inline SVG).

Pure functions: numbers in, coordinates out; the template draws them. No chart
library and no JavaScript, so the chart works everywhere and prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

TOP = 20  # room for the value printed above each bar
BOTTOM = 24  # room for the year printed under each bar
SIDE = 8
BAR_SHARE = 0.6  # part of its slot a bar fills; the rest is the gap


@dataclass(frozen=True)
class ChartPoint:
    label: str
    value: Decimal | float | int
    value_label: str = ""
    is_target: bool = False


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    center: float
    value_y: float  # baseline of the value printed above the bar
    label: str
    value_label: str
    is_target: bool


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    baseline: float
    label_y: float
    bars: tuple[Bar, ...]


def bar_chart(
    points: Sequence[ChartPoint], *, width: int = 320, height: int = 180
) -> BarChart:
    """Bars scaled to the largest value, side by side in equal slots.

    A zero value gives a zero-height bar; when every value is zero nothing divides
    by zero. Coordinates are rounded to two decimals to keep the markup short.
    """
    plot_height = height - TOP - BOTTOM
    baseline = float(TOP + plot_height)
    largest = max((float(p.value) for p in points), default=0.0)
    slot = (width - 2 * SIDE) / len(points) if points else 0.0
    bar_width = slot * BAR_SHARE
    bars = []
    for index, point in enumerate(points):
        value = float(point.value)
        bar_height = value / largest * plot_height if largest > 0 else 0.0
        x = SIDE + index * slot + (slot - bar_width) / 2
        bars.append(
            Bar(
                x=round(x, 2),
                y=round(baseline - bar_height, 2),
                width=round(bar_width, 2),
                height=round(bar_height, 2),
                center=round(x + bar_width / 2, 2),
                value_y=round(baseline - bar_height - 4, 2),
                label=point.label,
                value_label=point.value_label,
                is_target=point.is_target,
            )
        )
    return BarChart(
        width=width,
        height=height,
        baseline=baseline,
        label_y=float(height - 6),
        bars=tuple(bars),
    )
