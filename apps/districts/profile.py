"""The figures a district's profile shows, built once per content generation."""

from __future__ import annotations

from apps.core.cache import cached_rows

from . import figures, markup
from .models import District, Indicator


def profile_figures(district: District) -> dict:
    """Key figures, targets and per-metric series (chart and table markup) of a
    district, kept like a public page: per content generation and language (any
    save of a figure or metric is a new generation)."""
    return cached_rows(f"district-figures:{district.pk}", lambda: [_build(district)])[0]


def _build(district: District) -> dict:
    indicators = list(Indicator.objects.for_profile(district))
    series = figures.series(indicators)
    return {
        "key_figures": [_figure(i) for i in figures.latest_actuals(indicators)],
        "targets": [_figure(i) for i in figures.targets(indicators)],
        "series": [_series(item) for item in series],
        # The note on lighter bars only under a chart that draws a target.
        "targets_charted": any(
            bar.is_target
            for item in series
            if item["chart"]
            for bar in item["chart"].bars
        ),
    }


def _figure(indicator: Indicator) -> dict:
    return {
        "amount": figures.amount(indicator),
        "year": indicator.year,
        "metric": {"name": indicator.metric.name},
    }


def _series(item: dict) -> dict:
    metric = item["metric"]
    chart = item["chart"]
    unit = item["scale"].label  # "billion yuan", "亿元": the scale of its numbers
    return {
        "metric": {"slug": metric.slug, "name": metric.name, "unit": unit},
        "chart": markup.chart_svg(
            chart, name=metric.name, unit=unit, chart_id=f"chart-{metric.slug}"
        )
        if chart
        else "",
        "rows": markup.table_rows(item["rows"], item["scale"]),
    }
