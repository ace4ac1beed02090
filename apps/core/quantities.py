"""Numbers with units, written for the reader's language: one formatter for pages,
charts, tables, the comparison, feeds and the brochure.

A quantity is stored as a number in base units (yuan, not "billion yuan"; m², not
"thousand m²") with a unit code from `UNITS`, and a qualifier saying how exact the
source is. `format_quantity` writes it:

- English: "about 80 billion yuan", "USD 1.2 million", "over 900 enterprises",
  "12,000 m²", "45 yuan per m² per month";
- Chinese, as a Beijing government text does: "约800亿元", "120万美元", "超过900家",
  "900余家", "1.2万平方米", "45元/平方米·月": 万 and 亿 for large numbers, no
  thousands separator below 万, no space between the number and the unit.

The API gives the number in base units and the unit code; only people read these
strings.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Qualifier(models.TextChoices):
    """How the source states a figure ("over 900", "接近800亿元")."""

    EXACT = "exact", _("exactly")
    ABOUT = "about", _("about")
    NEARLY = "nearly", _("nearly")
    OVER = "over", _("over")
    # "900余家": a little over, the Chinese sources' most common qualifier.
    ODD = "odd", _("more than (余)")
    AT_LEAST = "at_least", _("at least")


@dataclass(frozen=True)
class Unit:
    code: str
    label: Any  # the admin's choice list (translated)
    en: str  # after the number: "yuan", "enterprises"; "" for a prefix-only currency
    zh: str  # after the number: "元", "家"
    en_singular: str = ""
    en_prefix: str = ""  # "USD " before the number
    money: bool = False
    # Counts and areas get 万/亿 in Chinese from this size on; money always.
    zh_scale_from: int = 10_000
    # English scale words (million, billion) from this size on.
    en_scale_from: int = 1_000_000


def _unit(code, label, en, zh, **kwargs) -> Unit:
    return Unit(code=code, label=label, en=en, zh=zh, **kwargs)


UNITS: dict[str, Unit] = {
    unit.code: unit
    for unit in (
        _unit("CNY", _("yuan (CNY)"), "yuan", "元", money=True),
        _unit("USD", _("US dollars (USD)"), "", "美元", en_prefix="USD ", money=True),
        _unit("EUR", _("euros (EUR)"), "", "欧元", en_prefix="EUR ", money=True),
        _unit(
            "enterprise",
            _("enterprises"),
            "enterprises",
            "家",
            en_singular="enterprise",
        ),
        _unit(
            "institution",
            _("institutions"),
            "institutions",
            "家",
            en_singular="institution",
        ),
        _unit(
            "university",
            _("universities"),
            "universities",
            "所",
            en_singular="university",
        ),
        _unit("patent", _("patents"), "patents", "件", en_singular="patent"),
        _unit("project", _("projects"), "projects", "个", en_singular="project"),
        _unit("unit", _("units (organizations, items)"), "", "个"),
        _unit("person", _("people"), "people", "人", en_singular="person"),
        _unit("m2", _("square metres"), "m²", "平方米"),
        _unit("ha", _("hectares"), "hectares", "公顷", en_singular="hectare"),
        _unit("km2", _("square kilometres"), "km²", "平方公里"),
        _unit("mu", _("mu (亩)"), "mu", "亩"),
        _unit("percent", _("per cent"), "%", "%", zh_scale_from=0, en_scale_from=0),
        # Rates (costs of doing business): money per something.
        _unit(
            "CNY/m2/month",
            _("yuan per m² per month"),
            "yuan per m² per month",
            "元/平方米·月",
            money=True,
        ),
        _unit(
            "CNY/m2/day",
            _("yuan per m² per day"),
            "yuan per m² per day",
            "元/平方米·天",
            money=True,
        ),
        _unit("CNY/m2", _("yuan per m²"), "yuan per m²", "元/平方米", money=True),
        _unit("CNY/mu", _("yuan per mu"), "yuan per mu", "元/亩", money=True),
        _unit("CNY/kWh", _("yuan per kWh"), "yuan per kWh", "元/千瓦时", money=True),
        _unit("CNY/m3", _("yuan per m³"), "yuan per m³", "元/立方米", money=True),
        _unit("CNY/month", _("yuan per month"), "yuan per month", "元/月", money=True),
        _unit("CNY/year", _("yuan per year"), "yuan per year", "元/年", money=True),
    )
}
UNIT_CHOICES = [(unit.code, unit.label) for unit in UNITS.values()]

EN_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
ZH_SCALES = ((10**12, "万亿"), (10**8, "亿"), (10**4, "万"))
EN_QUALIFIERS = {
    Qualifier.ABOUT: "about {}",
    Qualifier.NEARLY: "nearly {}",
    Qualifier.OVER: "over {}",
    Qualifier.ODD: "over {}",
    Qualifier.AT_LEAST: "at least {}",
}
ZH_BEFORE = {
    Qualifier.ABOUT: "约",
    Qualifier.NEARLY: "接近",
    Qualifier.OVER: "超过",
    Qualifier.AT_LEAST: "不少于",
}


def _plain(number: Decimal, places: int = 2) -> str:
    """At most `places` decimals, trailing zeros dropped: 1.20 -> "1.2"."""
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _grouped(text: str) -> str:
    """Thousands separators for English: 12000.5 -> "12,000.5"."""
    whole, _sep, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = f"{int(whole.lstrip('-')):,}"
    return f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}"


def _scaled(number: Decimal, scales, minimum: int) -> tuple[Decimal, str]:
    if minimum:
        for size, word in scales:
            if abs(number) >= size and abs(number) >= minimum:
                return number / size, word
    return number, ""


def _en_number(number: Decimal, unit: Unit, scale: tuple[int, str] | None = None):
    if scale is None:
        value, word = _scaled(number, EN_SCALES, unit.en_scale_from)
    else:
        value, word = (number / scale[0], scale[1]) if scale[0] > 1 else (number, "")
    return _grouped(_plain(value)), word


def _zh_number(number: Decimal, unit: Unit, scale: tuple[int, str] | None = None):
    minimum = 1 if unit.money else unit.zh_scale_from
    if scale is None:
        value, word = _scaled(number, ZH_SCALES, minimum)
    else:
        value, word = (number / scale[0], scale[1]) if scale[0] > 1 else (number, "")
    return _plain(value), word


def _en_unit(unit: Unit, number: Decimal, word: str) -> str:
    if not unit.en:
        return ""
    if unit.en == "%":
        return "%"
    if unit.en_singular and number == 1 and not word:
        return " " + unit.en_singular
    return " " + unit.en


def _is_chinese(language: str) -> bool:
    return (language or "").lower().startswith("zh")


# "RMB 1.2 million": an amount of money on offer or signed (an opportunity, an
# agreement) names its currency first in English, as USD and EUR always do; a
# statistic reads "80 billion yuan". Chinese writes 元 either way.
RMB = replace(UNITS["CNY"], en="", en_prefix="RMB ")
GENERIC = "unit"


def unit_spec(unit: str, *, currency_first: bool = False) -> Unit:
    """The unit of a code; a code no longer listed reads as a plain count rather
    than breaking a page."""
    spec = UNITS.get(unit) or UNITS[GENERIC]
    if currency_first and spec.code == "CNY":
        return RMB
    return spec


UNKNOWN_UNIT = _("Unknown unit “%(value)s”: choose one from the list.")


def validate_unit(code: str) -> None:
    """Refuse a unit code `UNITS` does not list, with a translated message."""
    if code not in UNITS:
        raise ValidationError(UNKNOWN_UNIT, code="unknown_unit", params={"value": code})


def to_decimal(value) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation as error:
        raise ValueError(f"not a number: {value!r}") from error


def format_quantity(
    value,
    unit: str,
    *,
    language: str,
    qualifier: str = Qualifier.EXACT,
    currency_first: bool = False,
) -> str:
    """One figure for a reader of `language` ("en", "zh-hans")."""
    number = to_decimal(value)
    spec = unit_spec(unit, currency_first=currency_first)
    if _is_chinese(language):
        text, word = _zh_number(number, spec)
        core = f"{text}{word}"
        if qualifier == Qualifier.ODD:
            core += "余"
        return f"{ZH_BEFORE.get(qualifier, '')}{core}{spec.zh}"
    text, word = _en_number(number, spec)
    written = f"{spec.en_prefix}{text}{' ' + word if word else ''}"
    written += _en_unit(spec, number, word)
    template = EN_QUALIFIERS.get(qualifier, "{}")
    return template.format(written)


def format_range(
    low, high, unit: str, *, language: str, currency_first: bool = False
) -> str:
    """A range such as a rent of 45–60 yuan per m² per month ("45～60元/平方米·月").

    Both ends share the scale of the higher one when the lower one reaches it too
    ("80–120 billion yuan"); otherwise each has its own ("800 million–1.2
    billion yuan").
    """
    low, high = to_decimal(low), to_decimal(high)
    spec = unit_spec(unit, currency_first=currency_first)
    chinese = _is_chinese(language)
    scales = ZH_SCALES if chinese else EN_SCALES
    minimum = (
        (1 if spec.money else spec.zh_scale_from) if chinese else spec.en_scale_from
    )
    _top, top_word = _scaled(high, scales, minimum)
    size = next((size for size, word in scales if word == top_word), 1)
    shared = size == 1 or low >= size
    number = _zh_number if chinese else _en_number
    if shared:
        low_text, _w = number(low, spec, (size, top_word))
        high_text, word = number(high, spec, (size, top_word))
        if chinese:  # GB/T 15834: a wave dash between numbers; the scale on both
            return f"{low_text}{word}～{high_text}{word}{spec.zh}"
        joined = f"{spec.en_prefix}{low_text}–{high_text}{' ' + word if word else ''}"
        return joined + _en_unit(spec, high, word)
    low_text, low_word = number(low, spec)
    high_text, high_word = number(high, spec)
    if chinese:
        return f"{low_text}{low_word}～{high_text}{high_word}{spec.zh}"
    first = f"{spec.en_prefix}{low_text}{' ' + low_word if low_word else ''}"
    second = f"{high_text}{' ' + high_word if high_word else ''}"
    return f"{first}–{second}" + _en_unit(spec, high, high_word)


def format_amount(low, high, unit: str, *, language: str) -> str:
    """An amount of money that may be a range or open at one end, currency first in
    English: "RMB 1.2 million", "USD 1–3 million", "up to RMB 5 million"; Chinese
    "120万元", "100万～300万美元", "不超过500万元". Empty when neither end is public."""
    if low is not None and high is not None and to_decimal(low) != to_decimal(high):
        return format_range(low, high, unit, language=language, currency_first=True)
    if low is not None or high is not None:
        text = format_quantity(
            low if low is not None else high,
            unit,
            language=language,
            currency_first=True,
        )
        if low is None:
            return f"不超过{text}" if _is_chinese(language) else f"up to {text}"
        return text
    return ""


@dataclass(frozen=True)
class Scale:
    """The scale a chart or a table row shares, so its numbers compare at a glance."""

    size: int  # 10**9 for "billion yuan", 10**8 for "亿元", 1 for "enterprises"
    label: str  # "billion yuan", "亿元", "enterprises", "家", "USD million"


def scale_for(values, unit: str, *, language: str) -> Scale:
    """The scale of the largest of `values`: "billion yuan" (en) or "亿元" (zh).

    Money takes the largest figure's scale even when a smaller one then reads
    "0.5"; a count or an area is scaled only when every figure reaches the scale
    (a table of 900 and 12000 enterprises counts in 家, not "0.09万家")."""
    spec = unit_spec(unit)
    numbers = [abs(to_decimal(v)) for v in values if v is not None]
    largest = max(numbers, default=Decimal(0))
    smallest = min((n for n in numbers if n), default=Decimal(0))
    chinese = _is_chinese(language)
    scales = ZH_SCALES if chinese else EN_SCALES
    if chinese:
        minimum = 1 if spec.money else spec.zh_scale_from
    else:
        minimum = spec.en_scale_from
    _value, word = _scaled(largest, scales, minimum)
    size = next((size for size, w in scales if w == word), 1)
    if not spec.money and smallest < size:
        size, word = 1, ""
    if chinese:
        return Scale(size=size, label=f"{word}{spec.zh}")
    if spec.en_prefix:
        return Scale(size=size, label=f"{spec.en_prefix.strip()} {word}".strip())
    return Scale(size=size, label=f"{word} {spec.en}".strip())


def format_scaled(
    value, scale: Scale, *, language: str, qualifier: str = Qualifier.EXACT
) -> str:
    """A number in a shared scale, the unit left to the heading: "about 80" under
    "billion yuan", "约800" under "亿元", "900余" under "家"."""
    text = _plain(to_decimal(value) / scale.size)
    if _is_chinese(language):
        if qualifier == Qualifier.ODD:
            text += "余"
        return f"{ZH_BEFORE.get(qualifier, '')}{text}"
    return EN_QUALIFIERS.get(qualifier, "{}").format(_grouped(text))


def reader_language() -> str:
    """The language of the page being written ("en" outside a request)."""
    return get_language() or "en"


def format_target(text: str, *, language: str) -> str:
    """A figure that is a goal, not a result: "target: 100 billion yuan"."""
    if _is_chinese(language):
        return f"目标：{text}"
    return f"target: {text}"


# What staff may type a figure in; the admin multiplies it out to base units, so
# "80" entered in billions is stored as 80000000000.
ENTRY_SCALES = [
    ("1", _("as written (base unit)")),
    ("1000", _("thousand")),
    ("10000", _("ten thousand (万)")),
    ("1000000", _("million")),
    ("100000000", _("hundred million (亿)")),
    ("1000000000", _("billion")),
]


def entered(value, scale: str) -> Decimal:
    """A number typed in one of `ENTRY_SCALES`, in base units."""
    return to_decimal(value) * int(scale)
