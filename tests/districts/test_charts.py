from __future__ import annotations

from decimal import Decimal

from apps.districts.charts import BOTTOM, TOP, ChartPoint, bar_chart


def test_tallest_bar_fills_the_plot_and_others_scale_to_it():
    chart = bar_chart(
        [ChartPoint("2021", 40), ChartPoint("2022", Decimal("80"))],
        width=200,
        height=100,
    )
    plot = 100 - TOP - BOTTOM
    small, tall = chart.bars
    assert tall.height == plot
    assert tall.y == TOP
    assert small.height == plot / 2
    assert small.y + small.height == chart.baseline == TOP + plot


def test_bars_sit_side_by_side_in_order_without_overlapping():
    chart = bar_chart([ChartPoint(str(y), 10) for y in range(2019, 2024)], width=300)
    xs = [bar.x for bar in chart.bars]
    assert xs == sorted(xs)
    for left, right in zip(chart.bars, chart.bars[1:], strict=False):
        assert left.x + left.width < right.x
    assert chart.bars[0].x >= 0
    assert chart.bars[-1].x + chart.bars[-1].width <= 300
    assert [bar.label for bar in chart.bars] == ["2019", "2020", "2021", "2022", "2023"]


def test_all_zero_values_give_flat_bars_instead_of_dividing_by_zero():
    chart = bar_chart([ChartPoint("2021", 0), ChartPoint("2022", 0)])
    assert [bar.height for bar in chart.bars] == [0, 0]
    assert all(bar.y == chart.baseline for bar in chart.bars)


def test_no_points_give_an_empty_chart():
    assert bar_chart([]).bars == ()


def test_labels_and_target_flag_are_carried_to_the_bars():
    chart = bar_chart(
        [
            ChartPoint("2022", 80, "about 80"),
            ChartPoint("2025", 100, "100", is_target=True),
        ]
    )
    assert [bar.value_label for bar in chart.bars] == ["about 80", "100"]
    assert [bar.is_target for bar in chart.bars] == [False, True]
    assert all(bar.value_y < bar.y for bar in chart.bars)
