"""The profile's chart, written in Python, is the exact markup the template wrote
before (kept here as the reference), in both languages, with targets, qualifiers,
missing years and characters to escape."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.template import engines
from django.utils import translation

from apps.districts import figures, markup
from apps.districts.models import Indicator, IndicatorKind, Qualifier
from tests.factories.districts import IndicatorFactory, MetricFactory

pytestmark = pytest.mark.django_db

CHART_TEMPLATE = """{% load i18n %}
<svg class="chart" viewBox="0 0 {{ chart.width }} {{ chart.height }}" width="{{ chart.width }}" height="{{ chart.height }}" role="img" aria-labelledby="{{ chart_id }}-title">
  <title id="{{ chart_id }}-title">{% blocktranslate with metric=metric.name unit=metric.unit %}{{ metric }} by year ({{ unit }}); the same figures are in the table.{% endblocktranslate %}</title>
  <line x1="0" x2="{{ chart.width }}" y1="{{ chart.baseline }}" y2="{{ chart.baseline }}" stroke="#8c959f" stroke-width="1"/>
  {% for bar in chart.bars %}
  <rect class="bar{% if bar.is_target %} bar--target{% endif %}" x="{{ bar.x|stringformat:'s' }}" y="{{ bar.y|stringformat:'s' }}" width="{{ bar.width|stringformat:'s' }}" height="{{ bar.height|stringformat:'s' }}"/>
  <text x="{{ bar.center|stringformat:'s' }}" y="{{ bar.value_y|stringformat:'s' }}" text-anchor="middle">{{ bar.value_label }}</text>
  <text x="{{ bar.center|stringformat:'s' }}" y="{{ chart.label_y|stringformat:'s' }}" text-anchor="middle">{{ bar.label }}{% if bar.is_target %}*{% endif %}</text>
  {% endfor %}
</svg>
"""  # noqa: E501


def _render(source: str, **context) -> str:
    return engines["django"].from_string(source).render(context)


@pytest.fixture
def district(db):
    metric = MetricFactory(
        name_en='R&D "spend" <total>',
        name_zh_hans="研发投入",
        slug="rd-spend",
        unit="CNY",
    )
    first = IndicatorFactory(
        metric=metric, year=2021, value=Decimal("12.5"), qualifier=Qualifier.ABOUT
    )
    common = {"district": first.district, "metric": metric, "source": "Bureau & Co"}
    IndicatorFactory(
        year=2022,
        value=Decimal("1234"),
        source_url="https://example.com/?a=1&b=<2>",
        qualifier=Qualifier.OVER,
        **common,
    )
    IndicatorFactory(year=2023, value=0, **common)
    IndicatorFactory(year=2025, value=2000, kind=IndicatorKind.TARGET, **common)
    IndicatorFactory(year=None, value=3000, kind=IndicatorKind.TARGET, **common)
    return first.district


def _series(district) -> dict:
    [item] = figures.series(Indicator.objects.for_district(district))
    return item


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_chart_svg_is_the_markup_the_template_wrote(district, language):
    with translation.override(language):
        item = _series(district)
        metric, chart_id = item["metric"], f"chart-{item['metric'].slug}"
        unit = item["scale"].label
        expected = _render(
            CHART_TEMPLATE,
            chart=item["chart"],
            metric={"name": metric.name, "unit": unit},
            chart_id=chart_id,
        )
        written = markup.chart_svg(
            item["chart"], name=metric.name, unit=unit, chart_id=chart_id
        )
    assert written == expected
    assert written.count("bar--target") == 1
    if language == "en":
        assert "R&amp;D &quot;spend&quot; &lt;total&gt; by year" in written
    else:
        assert "研发投入" in written
