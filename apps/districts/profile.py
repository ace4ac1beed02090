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
    return {
        "key_figures": [_figure(i) for i in figures.latest_actuals(indicators)],
        "targets": [_figure(i) for i in figures.targets(indicators)],
        "series": [_series(item) for item in figures.series(indicators)],
    }


def _figure(indicator: Indicator) -> dict:
    return {
        "amount": figures.amount(indicator),
        "year": indicator.year,
        "year_inferred": indicator.year_inferred,
        "metric": {"name": indicator.metric.name},
    }


def _series(item: dict) -> dict:
    metric = item["metric"]
    chart = item["chart"]
    return {
        "metric": {"slug": metric.slug, "name": metric.name, "unit": metric.unit},
        "chart": markup.chart_svg(
            chart, name=metric.name, unit=metric.unit, chart_id=f"chart-{metric.slug}"
        )
        if chart
        else "",
        "rows": markup.table_rows(item["rows"]),
    }
