"""District figures side by side: one row per (metric, year, kind), one column per
district, aligned even when a district has no figure for a row."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .figures import metric_scale, scaled
from .models import District, Indicator, IndicatorKind, Metric

MIN_DISTRICTS = 2
MAX_DISTRICTS = 4


@dataclass(frozen=True)
class ComparisonRow:
    metric: Metric
    year: int | None
    kind: str
    cells: tuple[str, ...]  # one per district, "" where the district has no figure
    unit: str = ""  # the scale the metric's cells share: "billion yuan", "亿元"

    @property
    def is_target(self) -> bool:
        return self.kind == IndicatorKind.TARGET


def comparison_rows(
    indicators: Iterable[Indicator], districts: Sequence[District]
) -> list[ComparisonRow]:
    """Rows in metric order, then year (unknown year last), actual before target;
    a metric's cells share one scale, named in its row heading."""
    column = {district.pk: index for index, district in enumerate(districts)}
    shown = [i for i in indicators if i.district_id in column]
    by_metric: dict[int, list[Indicator]] = {}
    for indicator in shown:
        by_metric.setdefault(indicator.metric_id, []).append(indicator)
    scales = {pk: metric_scale(rows) for pk, rows in by_metric.items()}
    table: dict[tuple, list[str]] = {}
    metrics: dict[int, Metric] = {}
    for indicator in shown:
        metrics[indicator.metric_id] = indicator.metric
        key = (indicator.metric_id, indicator.year, indicator.kind)
        cells = table.setdefault(key, [""] * len(districts))
        cells[column[indicator.district_id]] = scaled(
            indicator, scales[indicator.metric_id]
        )

    def order(key: tuple) -> tuple:
        metric_id, year, kind = key
        metric = metrics[metric_id]
        return (
            metric.order,
            metric.name,
            metric_id,
            year is None,
            year or 0,
            kind != IndicatorKind.ACTUAL,
        )

    return [
        ComparisonRow(
            metric=metrics[key[0]],
            year=key[1],
            kind=key[2],
            cells=tuple(table[key]),
            unit=scales[key[0]].label,
        )
        for key in sorted(table, key=order)
    ]
