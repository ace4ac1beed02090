"""The district charts as the PDF draws them.

WeasyPrint draws inline SVG with the SVG's own styles only (the page's CSS does
not reach inside it), so the bars would print black and targets would look like
results. Each chart gets the colours of portal.css in a <style> of its own."""

from __future__ import annotations

from django.utils.safestring import mark_safe

CHART_STYLE = (
    "<style>.bar{fill:#9b1c1c}.bar--target{fill:#d08b8b}"
    'text{font-family:"Noto Sans CJK SC",sans-serif;font-size:10px;fill:#57606a}'
    "</style>"
)


def printable_series(series: list[dict]) -> list[dict]:
    """The profile's series with charts that carry their colours."""
    return [
        {**item, "chart": _styled(item["chart"])} if item.get("chart") else item
        for item in series
    ]


def _styled(chart: str):
    # The markup is ours (apps/districts/markup.py, every text escaped there).
    return mark_safe(str(chart).replace("</title>", "</title>" + CHART_STYLE, 1))  # noqa: S308
