"""Figures as a reader sees them on the district, home and comparison pages, in
English and Chinese: one formatter (apps/core/quantities.py), base units stored."""

from __future__ import annotations

import re

import pytest

from apps.districts.models import IndicatorKind, Qualifier
from tests.factories.districts import DistrictFactory, IndicatorFactory, MetricFactory

pytestmark = pytest.mark.django_db

BILLION = 10**9
NOTE = {"en": "Lighter bars marked * are targets", "zh-hans": "浅色柱为目标值"}


def section(text: str, anchor: str) -> str:
    return text.split(f'id="{anchor}"')[1].split("</section>")[0]


@pytest.fixture
def counts(daxing):
    metric = MetricFactory(
        name_en="High-tech enterprises", name_zh_hans="高新技术企业", unit="enterprise"
    )
    IndicatorFactory(
        district=daxing, metric=metric, year=2023, value=900, qualifier=Qualifier.ODD
    )
    IndicatorFactory(district=daxing, metric=metric, year=2022, value=12_000)
    return metric


@pytest.mark.parametrize(
    ("lang", "key_figure", "target", "heading", "cells"),
    [
        (
            "en",
            "about 80 billion yuan",
            "100 billion yuan",
            "(billion yuan)",
            ["60", "about 80", "100"],
        ),
        ("zh-hans", "约800亿元", "1000亿元", "(亿元)", ["600", "约800", "1000"]),
    ],
)
def test_district_page_writes_money_for_the_readers_language(
    client, daxing, daxing_scale, lang, key_figure, target, heading, cells
):
    text = client.get(f"/{lang}/districts/daxing/").text
    figures = section(text, "key-figures")
    assert key_figure in figures
    assert target in figures
    by_year = text.split('id="figures-by-year"')[1]
    assert heading in by_year
    table = by_year.split("<tbody>")[1].split("</tbody>")[0]
    # The year table: actual figures by year, then the target in its own column.
    assert re.findall(r'<td class="num">(.*?)</td>', table) == cells[:2]
    target_cell = re.search(
        r'<td class="num year-table__target">(.*?)</td>', table, re.S
    )
    assert re.match(r"[^\s（(]+", target_cell[1].strip())[0] == cells[2]  # noqa: RUF001
    # The chart prints the same numbers over its bars, the target starred.
    svg = re.search(r"<svg class=\"chart\".*?</svg>", text, re.S).group(0)
    assert f">{cells[1]}</text>" in svg
    assert "2025*" in svg


@pytest.mark.parametrize(
    ("lang", "over", "thousands"),
    [("en", "over 900 enterprises", "12,000"), ("zh-hans", "900余家", "12000")],
)
def test_counts_read_as_the_source_states_them(
    client, daxing, counts, lang, over, thousands
):
    text = client.get(f"/{lang}/districts/daxing/").text
    assert over in section(text, "key-figures")
    rows = text.split(f'id="metric-{counts.slug}"')[1].split("</section>")[0]
    assert thousands in rows
    # 900 and 12000 enterprises: the table counts in 家, not "0.09万家".
    assert "0.09" not in rows
    if lang == "zh-hans":
        assert "(家)" in rows
        assert "900余" in rows


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
def test_the_targets_note_shows_only_under_a_chart_that_draws_targets(
    client, daxing, daxing_scale, counts, lang
):
    assert NOTE[lang] in client.get(f"/{lang}/districts/daxing/").text
    other = DistrictFactory(slug="other")
    # Two actuals: a chart without targets; one figure: no chart at all.
    for year, value in ((2021, 5), (2022, 7)):
        IndicatorFactory(district=other, metric=counts, year=year, value=value)
    IndicatorFactory(district=other, year=None, kind=IndicatorKind.TARGET, value=9)
    text = client.get(f"/{lang}/districts/other/").text
    assert "<svg" in text
    assert NOTE[lang] not in text
    bare = DistrictFactory(slug="bare")
    IndicatorFactory(district=bare, year=2023, value=3)
    text = client.get(f"/{lang}/districts/bare/").text
    assert "<svg" not in text
    assert NOTE[lang] not in text


@pytest.mark.parametrize(
    ("lang", "headline"),
    [("en", "nearly 80 billion yuan"), ("zh-hans", "接近800亿元")],
)
def test_home_headline_matches_the_wording_of_the_district_text(
    client, daxing, scale_metric, lang, headline
):
    daxing.featured = True
    daxing.save()
    IndicatorFactory(
        district=daxing,
        metric=scale_metric,
        year=2022,
        value=80 * BILLION,
        qualifier=Qualifier.NEARLY,
    )
    figures = section(client.get(f"/{lang}/").text, "home-figures")
    assert headline in figures
    assert "十亿" not in figures
    assert " 80 " not in figures.replace("nearly 80 billion", "")


@pytest.mark.parametrize(
    ("lang", "heading", "cells"),
    [
        ("en", r"Industry scale \(billion yuan\)", ["about 80", "120"]),
        ("zh-hans", r"产业规模（亿元）", ["约800", "1200"]),  # noqa: RUF001
    ],
)
def test_comparison_rows_share_one_scale_named_in_the_heading(
    client, daxing, daxing_scale, lang, heading, cells
):
    other = DistrictFactory(name_en="Changping", slug="changping")
    IndicatorFactory(
        district=other, metric=daxing_scale[0].metric, year=2022, value=120 * BILLION
    )
    text = client.get(f"/{lang}/districts/compare/?d=daxing&d=changping").text
    row = re.search(heading + r"</th>\s*<td>2022</td>(.*?)</tr>", text, re.S).group(1)
    assert re.findall(r'<td class="num">(.*?)</td>', row) == cells
