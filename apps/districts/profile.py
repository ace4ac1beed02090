"""The figures a district's profile shows, built once per content generation."""

from __future__ import annotations

from apps.core.cache import cached_rows

from . import figures, markup
from .models import District, Indicator, IndicatorKind


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
        # Only the metrics with figures of two years or more have a chart.
        "series": [_series(item) for item in series if item["chart"]],
        # The note on lighter bars only under a chart that draws a target.
        "targets_charted": any(
            bar.is_target
            for item in series
            if item["chart"]
            for bar in item["chart"].bars
        ),
        "year_table": year_table(series),
    }


def year_table(series: list[dict]) -> dict:
    """All of a district's figures as one table: a row per metric (in the series'
    order), a column per year of its actual figures, then its targets; the sources
    listed once below. On a phone it is one screen where a table per metric was
    several."""
    indicators = [indicator for item in series for indicator in item["rows"]]
    years = sorted({i.year for i in indicators if _actual(i) and i.year})
    undated = any(_actual(i) and not i.year for i in indicators)
    columns = [*years, None] if undated else years
    rows = []
    for item in series:
        metric = item["metric"]
        actual = {
            i.year: figures.scaled(i, item["scale"]) for i in item["rows"] if _actual(i)
        }
        rows.append(
            {
                "metric": {"name": metric.name, "unit": item["scale"].label},
                "cells": [actual.get(year, "") for year in columns],
                "targets": [
                    {"amount": figures.scaled(i, item["scale"]), "year": i.year}
                    for i in item["rows"]
                    if not _actual(i)
                ],
            }
        )
    sources = {}
    for indicator in indicators:
        if indicator.source:
            sources.setdefault(indicator.source, indicator.source_url)
    return {
        "years": columns,
        "has_targets": any(row["targets"] for row in rows),
        "rows": rows,
        "sources": [{"name": name, "url": url} for name, url in sources.items()],
    }


def _actual(indicator: Indicator) -> bool:
    return indicator.kind == IndicatorKind.ACTUAL


def _figure(indicator: Indicator) -> dict:
    return {
        "amount": figures.amount(indicator),
        "year": indicator.year,
        "source": indicator.source,
        "year_inferred": indicator.year_inferred,
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
    }
