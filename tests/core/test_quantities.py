"""The number-and-unit formatter: what an English and a Chinese reader see."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from apps.core.quantities import (
    UNIT_CHOICES,
    UNITS,
    Qualifier,
    entered,
    format_amount,
    format_quantity,
    format_range,
    format_scaled,
    format_target,
    scale_for,
    validate_unit,
)

Q = Qualifier

ENGLISH = [
    (80_000_000_000, "CNY", Q.ABOUT, "about 80 billion yuan"),
    (80_000_000_000, "CNY", Q.NEARLY, "nearly 80 billion yuan"),
    (1_200_000, "CNY", Q.EXACT, "1.2 million yuan"),
    (1_200_000, "USD", Q.EXACT, "USD 1.2 million"),
    (3_500_000_000, "EUR", Q.EXACT, "EUR 3.5 billion"),
    (2_000_000_000_000, "CNY", Q.EXACT, "2 trillion yuan"),
    (950_000, "CNY", Q.EXACT, "950,000 yuan"),
    (5_000, "CNY", Q.EXACT, "5,000 yuan"),
    (Decimal("1234567.89"), "CNY", Q.EXACT, "1.23 million yuan"),
    (900, "enterprise", Q.OVER, "over 900 enterprises"),
    (900, "enterprise", Q.ODD, "over 900 enterprises"),
    (269, "enterprise", Q.EXACT, "269 enterprises"),
    (1, "enterprise", Q.EXACT, "1 enterprise"),
    (12, "project", Q.EXACT, "12 projects"),
    (100, "person", Q.AT_LEAST, "at least 100 people"),
    (12_000, "m2", Q.EXACT, "12,000 m²"),
    (Decimal("12000.5"), "m2", Q.EXACT, "12,000.5 m²"),
    (Decimal("2.5"), "ha", Q.EXACT, "2.5 hectares"),
    (1, "ha", Q.EXACT, "1 hectare"),
    (Decimal("8.25"), "percent", Q.EXACT, "8.25%"),
    (45, "CNY/m2/month", Q.EXACT, "45 yuan per m² per month"),
    (Decimal("0.75"), "CNY/kWh", Q.ABOUT, "about 0.75 yuan per kWh"),
    (8, "unit", Q.EXACT, "8"),
]

CHINESE = [
    (80_000_000_000, "CNY", Q.ABOUT, "约800亿元"),
    (80_000_000_000, "CNY", Q.NEARLY, "接近800亿元"),
    (1_200_000, "CNY", Q.EXACT, "120万元"),
    (1_200_000, "USD", Q.EXACT, "120万美元"),
    (3_500_000_000, "EUR", Q.EXACT, "35亿欧元"),
    (2_000_000_000_000, "CNY", Q.EXACT, "2万亿元"),
    (950_000, "CNY", Q.EXACT, "95万元"),
    (5_000, "CNY", Q.EXACT, "5000元"),
    (Decimal("123456789"), "CNY", Q.EXACT, "1.23亿元"),
    (900, "enterprise", Q.OVER, "超过900家"),
    (900, "enterprise", Q.ODD, "900余家"),
    (269, "enterprise", Q.EXACT, "269家"),
    (12_000, "enterprise", Q.EXACT, "1.2万家"),
    (12, "project", Q.EXACT, "12个"),
    (100, "person", Q.AT_LEAST, "不少于100人"),
    (5_000, "m2", Q.EXACT, "5000平方米"),
    (12_000, "m2", Q.EXACT, "1.2万平方米"),
    (Decimal("2.5"), "ha", Q.EXACT, "2.5公顷"),
    (Decimal("8.25"), "percent", Q.EXACT, "8.25%"),
    (45, "CNY/m2/month", Q.EXACT, "45元/平方米·月"),
    (Decimal("0.75"), "CNY/kWh", Q.ABOUT, "约0.75元/千瓦时"),
    (8, "unit", Q.EXACT, "8个"),
    (80_000_000_000, "CNY", Q.ODD, "800亿余元"),
]


@pytest.mark.parametrize(("value", "unit", "qualifier", "expected"), ENGLISH)
def test_english(value, unit, qualifier, expected):
    assert format_quantity(value, unit, language="en", qualifier=qualifier) == expected


@pytest.mark.parametrize(("value", "unit", "qualifier", "expected"), CHINESE)
def test_chinese(value, unit, qualifier, expected):
    result = format_quantity(value, unit, language="zh-hans", qualifier=qualifier)
    assert result == expected


@pytest.mark.parametrize(
    ("low", "high", "unit", "english", "chinese"),
    [
        (45, 60, "CNY/m2/month", "45–60 yuan per m² per month", "45～60元/平方米·月"),
        (
            80_000_000_000,
            120_000_000_000,
            "CNY",
            "80–120 billion yuan",
            "800亿～1200亿元",
        ),
        (
            800_000_000,
            1_200_000_000,
            "CNY",
            "800 million–1.2 billion yuan",
            "8亿～12亿元",
        ),
        (5_000, 20_000, "m2", "5,000–20,000 m²", "5000～2万平方米"),
        (1_000_000, 3_000_000, "USD", "USD 1–3 million", "100万～300万美元"),
    ],
)
def test_ranges(low, high, unit, english, chinese):
    assert format_range(low, high, unit, language="en") == english
    assert format_range(low, high, unit, language="zh-hans") == chinese


def test_targets_say_so_in_each_language():
    assert (
        format_target("100 billion yuan", language="en") == "target: 100 billion yuan"
    )
    assert format_target("1000亿元", language="zh-hans") == "目标：1000亿元"


def test_chinese_never_puts_a_space_or_a_thousands_comma_in_a_figure():
    for value in (5_000, 12_345, 987_654_321, Decimal("0.5")):
        for unit in UNITS:
            text = format_quantity(value, unit, language="zh-hans")
            assert " " not in text
            assert "," not in text


def test_unit_names_in_the_admin_choice_list_are_translated():
    with translation.override("zh-hans"):
        labels = {code: str(label) for code, label in UNIT_CHOICES}
    assert labels["CNY/m2/month"] == "元/平方米·月"
    assert labels["ha"] == "公顷"


# What the wired pages use: money with the currency first (opportunities,
# agreements), a shared scale for charts, tables and the comparison, and what
# staff type into the admin.
AMOUNTS = [
    # low, high, unit, English, Chinese
    (1_200_000, None, "CNY", "RMB 1.2 million", "120万元"),
    (1_200_000, 1_200_000, "CNY", "RMB 1.2 million", "120万元"),
    (None, 5_000_000, "CNY", "up to RMB 5 million", "不超过500万元"),
    (100_000_000, 300_000_000, "CNY", "RMB 100–300 million", "1亿～3亿元"),
    (1_000_000, 3_000_000, "USD", "USD 1–3 million", "100万～300万美元"),
    (950_000, None, "EUR", "EUR 950,000", "95万欧元"),
    (None, None, "CNY", "", ""),
]


@pytest.mark.parametrize(("low", "high", "unit", "english", "chinese"), AMOUNTS)
def test_amounts_of_money_name_the_currency_first_in_english(
    low, high, unit, english, chinese
):
    assert format_amount(low, high, unit, language="en") == english
    assert format_amount(low, high, unit, language="zh-hans") == chinese


SCALED = [
    # values sharing a scale, unit, qualifier of the first, English, Chinese
    (
        [80 * 10**9, 60 * 10**9],
        "CNY",
        Q.NEARLY,
        "billion yuan",
        "亿元",
        "nearly 80",
        "接近800",
    ),
    ([80 * 10**9, 10**9 // 2], "CNY", Q.EXACT, "billion yuan", "亿元", "80", "800"),
    ([900, 269], "enterprise", Q.OVER, "enterprises", "家", "over 900", "超过900"),
    ([900], "enterprise", Q.ODD, "enterprises", "家", "over 900", "900余"),
    ([12_000, 5_000], "m2", Q.EXACT, "m²", "平方米", "12,000", "12000"),
    ([12_000, 50_000], "m2", Q.EXACT, "m²", "万平方米", "12,000", "1.2"),
    ([Decimal("8.25")], "percent", Q.EXACT, "%", "%", "8.25", "8.25"),
    ([2_500_000], "USD", Q.ABOUT, "USD million", "万美元", "about 2.5", "约250"),
    ([5_000], "CNY", Q.AT_LEAST, "yuan", "元", "at least 5,000", "不少于5000"),
]


@pytest.mark.parametrize(
    ("values", "unit", "qualifier", "en_label", "zh_label", "english", "chinese"),
    SCALED,
)
def test_a_chart_or_table_shares_the_scale_of_its_largest_figure(
    values, unit, qualifier, en_label, zh_label, english, chinese
):
    en = scale_for(values, unit, language="en")
    zh = scale_for(values, unit, language="zh-hans")
    assert (en.label, zh.label) == (en_label, zh_label)
    first = values[0]
    assert format_scaled(first, en, language="en", qualifier=qualifier) == english
    assert format_scaled(first, zh, language="zh-hans", qualifier=qualifier) == chinese


def test_a_small_figure_under_a_large_scale_keeps_its_decimals():
    scale = scale_for([80 * 10**9, 500_000_000], "CNY", language="en")
    assert format_scaled(500_000_000, scale, language="en") == "0.5"


@pytest.mark.parametrize(
    ("typed", "scale", "stored"),
    [
        ("80", "1000000000", Decimal(80_000_000_000)),
        ("800", "100000000", Decimal(80_000_000_000)),
        ("1.2", "1000000", Decimal(1_200_000)),
        ("120", "10000", Decimal(1_200_000)),
        ("269", "1", Decimal(269)),
    ],
)
def test_what_staff_type_is_stored_in_base_units(typed, scale, stored):
    assert entered(typed, scale) == stored


def test_an_unknown_unit_is_refused_with_a_translated_message():
    with pytest.raises(ValidationError) as english:
        validate_unit("billion yuan")
    assert english.value.messages == [
        "Unknown unit “billion yuan”: choose one from the list."
    ]
    with translation.override("zh-hans"):
        with pytest.raises(ValidationError) as chinese:
            validate_unit("十亿元")
        assert chinese.value.messages == ["未知单位“十亿元”，请从列表中选择。"]
    validate_unit("CNY")  # a listed unit passes


def test_a_unit_no_longer_listed_reads_as_a_plain_number_not_an_error():
    assert format_quantity(42, "widgets", language="en") == "42"
    assert format_quantity(42, "widgets", language="zh-hans") == "42个"


def test_every_unit_has_words_in_both_languages_and_a_chinese_label():
    for code, unit in UNITS.items():
        assert unit.zh, code
        with translation.override("zh-hans"):
            label = str(unit.label)
        assert label, code
    with translation.override("zh-hans"):
        assert str(UNITS["patent"].label) == "专利"
        assert str(UNITS["institution"].label) == "机构"
