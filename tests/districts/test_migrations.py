"""The data migrations that moved figures to base units, run on rows as they were
before (free-text units in either language, values in that unit, amounts in
millions)."""

from __future__ import annotations

import importlib
from decimal import Decimal
from types import SimpleNamespace

import pytest

figures = importlib.import_module(
    "apps.districts.migrations.0003_figures_in_base_units"
)
amounts = importlib.import_module(
    "apps.opportunities.migrations.0003_amounts_in_base_units"
)


def metric(pk, english="", chinese="", description=""):
    return SimpleNamespace(
        pk=pk,
        unit_en=english,
        unit_zh_hans=chinese,
        unit=english,
        description_en=description,
    )


def figure(metric_id, value):
    return SimpleNamespace(metric_id=metric_id, value=Decimal(value))


@pytest.mark.parametrize(
    ("english", "chinese", "code", "factor"),
    [
        ("billion yuan", "十亿元", "CNY", 10**9),
        ("", "亿元", "CNY", 10**8),
        ("100 million yuan", "", "CNY", 10**8),
        ("ten thousand yuan", "万元", "CNY", 10**4),
        ("million USD", "百万美元", "USD", 10**6),
        ("USD million", "", "USD", 10**6),
        ("Enterprises", "家", "enterprise", 1),
        ("institutions", "家", "institution", 1),
        ("universities", "所", "university", 1),
        ("thousand jobs", "千人", "person", 1000),
        ("square metres", "平方米", "m2", 1),
        ("", "万平方米", "m2", 10**4),
        ("hectares", "公顷", "ha", 1),
        ("%", "%", "percent", 1),
        ("yuan per m² per month", "元/平方米·月", "CNY/m2/month", 1),
        ("", "", "unit", 1),
    ],
)
def test_old_unit_texts_become_a_code_and_a_factor(english, chinese, code, factor):
    assert figures.read_unit(english, chinese, english) == (code, factor, True)


def test_demo_and_staff_rows_are_converted_to_base_units():
    scale = metric(1, "billion yuan", "十亿元")
    firms = metric(2, "enterprises", "家")
    staff = metric(3, "", "亿元")  # a staff editor who only filled in Chinese
    rows = [
        figure(1, "80"),
        figure(1, "100"),
        figure(2, "900"),
        figure(3, "12.5"),
    ]
    figures.convert_rows([scale, firms, staff], rows)
    assert [(m.unit) for m in (scale, firms, staff)] == ["CNY", "enterprise", "CNY"]
    assert [r.value for r in rows] == [
        Decimal("80000000000.00"),
        Decimal("100000000000.00"),
        Decimal("900.00"),
        Decimal("1250000000.00"),
    ]


def test_an_unreadable_unit_keeps_its_value_and_its_text_for_an_editor():
    odd = metric(7, "bales of hay", "捆", description="Hay.")
    row = figure(7, "3")
    figures.convert_rows([odd], [row])
    assert odd.unit == "unit"
    assert row.value == Decimal("3.00")
    assert odd.description_en.startswith("Hay.")
    assert "bales of hay / 捆" in odd.description_en


def test_every_code_the_migration_writes_is_a_unit_the_formatter_knows():
    from apps.core.quantities import UNITS

    assert set(figures.NAMES) <= set(UNITS)


def test_opportunity_amounts_in_millions_become_base_units_and_back():
    rows = [
        SimpleNamespace(amount_min=Decimal("1.2"), amount_max=Decimal("3")),
        SimpleNamespace(amount_min=None, amount_max=Decimal("0.5")),
    ]
    amounts.scale_rows(rows, amounts.MILLION)
    assert [(r.amount_min, r.amount_max) for r in rows] == [
        (Decimal("1200000.00"), Decimal("3000000.00")),
        (None, Decimal("500000.00")),
    ]
    amounts.scale_rows(rows, 1 / amounts.MILLION)
    assert [(r.amount_min, r.amount_max) for r in rows] == [
        (Decimal("1.20"), Decimal("3.00")),
        (None, Decimal("0.50")),
    ]
