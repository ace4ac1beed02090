"""The long, repetitive markup of a district profile, written in Python.

A profile draws about fifty bars. Through the template engine
(an include per chart, a dozen lookups and filters per bar) they were most of the
page's CPU; these functions write the same HTML, byte for byte (tests compare them
with the template markup they replaced). Every text is escaped; the coordinates
are floats computed in charts.py, written as they are (as `stringformat:'s'` did).
"""

from __future__ import annotations

from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .charts import BarChart

SVG_HEAD = (
    '\n<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" '
    'height="{height}" role="img" aria-labelledby="{id}-title">\n'
    '  <title id="{id}-title">{title}</title>\n'
    '  <line x1="0" x2="{width}" y1="{baseline}" y2="{baseline}" '
    'stroke="#8c959f" stroke-width="1"/>\n  '
)
SVG_BAR = (
    '\n  <rect class="bar{}" x="{}" y="{}" width="{}" height="{}"/>\n'
    '  <text x="{}" y="{}" text-anchor="middle">{}</text>\n'
    '  <text x="{}" y="{}" text-anchor="middle">{}{}</text>\n  '
)


def chart_svg(chart: BarChart, *, name: str, unit: str, chart_id: str) -> SafeString:
    """A bar chart of one metric over the years as inline SVG, titled for screen
    readers (the same figures are in the table next to it)."""
    # The wording of the template's {% blocktranslate %}: same message id.
    title = _("%(metric)s by year (%(unit)s); the same figures are in the table.") % {
        "metric": conditional_escape(name),
        "unit": conditional_escape(unit),
    }
    head = format_html(
        SVG_HEAD,
        width=chart.width,
        height=chart.height,
        baseline=chart.baseline,
        id=chart_id,
        title=mark_safe(title),  # noqa: S308 - our catalog, values escaped above
    )
    bars = "".join(
        SVG_BAR.format(
            " bar--target" if bar.is_target else "",
            float(bar.x),
            float(bar.y),
            float(bar.width),
            float(bar.height),
            float(bar.center),
            float(bar.value_y),
            escape(bar.value_label),
            float(bar.center),
            float(chart.label_y),
            escape(bar.label),
            "*" if bar.is_target else "",
        )
        for bar in chart.bars
    )
    return head + mark_safe(bars + "\n</svg>\n")  # noqa: S308 - escaped above
