"""How a figure reads: "about 80 billion yuan (2022)", "target: 100 billion yuan"."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from django.utils.translation import gettext as _

from apps.core.text import bracketed

from .charts import ChartPoint, bar_chart
from .models import Indicator, IndicatorKind, Qualifier


def format_number(value: Decimal | int | float) -> str:
    """A number without trailing zeros, with thousands separators: 1,234.5."""
    number = Decimal(value)
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number.normalize():,f}"


def amount(indicator: Indicator, *, with_unit: bool = True) -> str:
    """The value as the source states it: "about 80 billion yuan"."""
    parts = []
    if indicator.qualifier != Qualifier.EXACT:
        parts.append(str(indicator.get_qualifier_display()))
    parts.append(format_number(indicator.value))
    if with_unit and indicator.metric.unit:
        parts.append(indicator.metric.unit)
    return " ".join(parts)


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
    """Per metric: its figures by year (for the data table) and the bar chart of
    the ones with a year (actuals and targets, targets drawn lighter)."""
    grouped: dict[int, list[Indicator]] = {}
    for indicator in indicators:
        grouped.setdefault(indicator.metric_id, []).append(indicator)
    result = []
    for rows in grouped.values():
        rows.sort(key=lambda i: (i.year is None, i.year or 0, i.kind))
        dated = [i for i in rows if i.year]
        points = [
            ChartPoint(
                label=str(i.year),
                value=i.value,
                value_label=amount(i, with_unit=False),
                is_target=i.kind == IndicatorKind.TARGET,
            )
            for i in dated
        ]
        result.append(
            {
                "metric": rows[0].metric,
                "rows": rows,
                "chart": bar_chart(points) if len(points) > 1 else None,
            }
        )
    result.sort(key=lambda s: (s["metric"].order, s["metric"].name))
    return result
