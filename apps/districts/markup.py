"""The long, repetitive markup of a district profile, written in Python.

A profile draws about fifty bars and fifty table rows. Through the template engine
(an include per chart, a dozen lookups and filters per bar) they were most of the
page's CPU; these functions write the same HTML, byte for byte (tests compare them
with the template markup they replaced), escaping every value with format_html.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .charts import BarChart
from .figures import amount
from .models import Indicator

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
TABLE_ROW = (
    '\n              <tr><th scope="row">{}</th><td class="num">{}</td>'
    "<td>{}{}</td></tr>\n              "
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
    bars = format_html_join(
        "",
        SVG_BAR,
        (
            (
                " bar--target" if bar.is_target else "",
                bar.x,
                bar.y,
                bar.width,
                bar.height,
                bar.center,
                bar.value_y,
                bar.value_label,
                bar.center,
                chart.label_y,
                bar.label,
                "*" if bar.is_target else "",
            )
            for bar in chart.bars
        ),
    )
    return head + bars + mark_safe("\n</svg>\n")


def _source(indicator: Indicator) -> SafeString | str:
    if not indicator.source:
        return ""
    if indicator.source_url:
        return format_html(
            '<br><small><a href="{}" rel="noopener">{}</a></small>',
            indicator.source_url,
            indicator.source,
        )
    return format_html("<br><small>{}</small>", indicator.source)


def table_rows(indicators: Iterable[Indicator]) -> SafeString:
    """The rows of a metric's data table: year, qualified value, kind, source."""
    return format_html_join(
        "",
        TABLE_ROW,
        (
            (
                indicator.year or "—",
                amount(indicator, with_unit=False),
                indicator.get_kind_display(),
                _source(indicator),
            )
            for indicator in indicators
        ),
    )
