"""How a figure reads: "about 80 billion yuan (2022)", "target: 100 billion yuan";
in Chinese "约800亿元". Values are stored in base units (docs/data.md); the
words come from apps/core/quantities.py, the one formatter of the site."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from django.utils.translation import gettext as _

from apps.core.quantities import (
    Scale,
    format_quantity,
    format_scaled,
    reader_language,
    scale_for,
)
from apps.core.text import bracketed

from .charts import ChartPoint, bar_chart
from .models import Indicator, IndicatorKind


def format_number(value: Decimal | int | float) -> str:
    """A number without trailing zeros, with thousands separators: 1,234.5."""
    number = Decimal(value)
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number.normalize():,f}"


def amount(indicator: Indicator) -> str:
    """The value as the source states it: "about 80 billion yuan", "约800亿元"."""
    return format_quantity(
        indicator.value,
        indicator.metric.unit,
        language=reader_language(),
        qualifier=indicator.qualifier,
    )


def metric_scale(indicators: Iterable[Indicator]) -> Scale:
    """The scale one metric's figures share in a chart, table or comparison: that
    of the largest ("billion yuan", "亿元"); the figures must share the metric."""
    indicators = list(indicators)
    unit = indicators[0].metric.unit if indicators else ""
    return scale_for([i.value for i in indicators], unit, language=reader_language())


def scaled(indicator: Indicator, scale: Scale) -> str:
    """The qualified value in a shared scale: "about 80" under "billion yuan"."""
    return format_scaled(
        indicator.value,
        scale,
        language=reader_language(),
        qualifier=indicator.qualifier,
    )


def describe(indicator: Indicator) -> str:
    """The full figure with its year, and marked when it is a target."""
    text = amount(indicator)
    if indicator.year:
        text = f"{text}{bracketed(indicator.year)}"
    if indicator.kind == IndicatorKind.TARGET:
        text = _("target: %(figure)s") % {"figure": text}
    return text


def latest_actuals(indicators: Iterable[Indicator]) -> list[Indicator]:
    """For each metric, the actual figure of the latest year, in metric order."""
    latest: dict[int, Indicator] = {}
    for indicator in indicators:
        if indicator.kind != IndicatorKind.ACTUAL:
            continue
        current = latest.get(indicator.metric_id)
        if current is None or (indicator.year or 0) >= (current.year or 0):
            latest[indicator.metric_id] = indicator
    return sorted(
        latest.values(), key=lambda i: (i.metric.order, i.metric.name, i.metric_id)
    )


def targets(indicators: Iterable[Indicator]) -> list[Indicator]:
    """The target figures, in the order given."""
    return [i for i in indicators if i.kind == IndicatorKind.TARGET]


def series(indicators: Iterable[Indicator]) -> list[dict]:
    """Per metric: its figures by year (for the data table), the scale they share
    and the bar chart of the ones with a year (actuals and targets, targets drawn
    lighter)."""
    grouped: dict[int, list[Indicator]] = {}
    for indicator in indicators:
        grouped.setdefault(indicator.metric_id, []).append(indicator)
    result = []
    for rows in grouped.values():
        rows.sort(key=lambda i: (i.year is None, i.year or 0, i.kind))
        scale = metric_scale(rows)
        dated = [i for i in rows if i.year]
        points = [
            ChartPoint(
                label=str(i.year),
                value=i.value,
                value_label=scaled(i, scale),
                is_target=i.kind == IndicatorKind.TARGET,
            )
            for i in dated
        ]
        result.append(
            {
                "metric": rows[0].metric,
                "rows": rows,
                "scale": scale,
                "chart": bar_chart(points) if len(points) > 1 else None,
            }
        )
    result.sort(key=lambda s: (s["metric"].order, s["metric"].name))
    return result
