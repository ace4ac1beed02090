"""Figures in base units with a unit code (docs/data.md, "How figures are stored").

Before: a metric's unit was free text per language ("billion yuan" / "十亿元") and
an indicator's value was counted in it (80). After: the metric carries a unit code
of apps/core/quantities.py (CNY, enterprise, m2 …) and every value is in that base
unit (80000000000). `convert_rows` reads the English text first, then the Chinese,
then the untranslated column; a text it cannot read becomes the plain count
"unit", keeps its value, and is kept at the end of the metric's description so an
editor can set it right. History rows are converted with their metric, so
reverting to an older version restores a value in the same units.

Reversing writes the base unit's name ("yuan", "元") and leaves the values in base
units, which the old schema displays correctly ("80000000000 yuan").

The tables below are frozen copies, as a migration must not follow later edits.
"""

import re
from decimal import Decimal

import apps.core.quantities
from django.db import migrations, models

VALUE = models.DecimalField(
    decimal_places=2,
    help_text=(
        "The number in the metric's base unit, written out: 80 billion yuan is "
        "80000000000, or enter 80 and choose “billion” under “entered in”."
    ),
    max_digits=20,
    verbose_name="value",
)
UNIT = models.CharField(
    default="unit",
    help_text=(
        "The base unit every figure of this metric is entered in: for money the "
        "currency (yuan, not billion yuan), for counts what is counted. Pages write "
        "80000000000 yuan as “about 80 billion yuan” and “约800亿元”."
    ),
    max_length=20,
    validators=[apps.core.quantities.validate_unit],
    verbose_name="unit",
)

EN_SCALES = {
    "": 1,
    "thousand": 10**3,
    "ten thousand": 10**4,
    "10,000": 10**4,
    "10000": 10**4,
    "hundred thousand": 10**5,
    "million": 10**6,
    "mn": 10**6,
    "ten million": 10**7,
    "hundred million": 10**8,
    "100 million": 10**8,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
}
ZH_SCALES = {
    "": 1,
    "千": 10**3,
    "万": 10**4,
    "十万": 10**5,
    "百万": 10**6,
    "千万": 10**7,
    "亿": 10**8,
    "十亿": 10**9,
    "百亿": 10**10,
    "千亿": 10**11,
    "万亿": 10**12,
}
EN_CURRENCIES = {
    "yuan": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "renminbi": "CNY",
    "yuan (cny)": "CNY",
    "usd": "USD",
    "us$": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
}
ZH_CURRENCIES = {"元": "CNY", "人民币": "CNY", "元人民币": "CNY", "美元": "USD", "欧元": "EUR"}
EN_THINGS = {
    "enterprises": "enterprise",
    "enterprise": "enterprise",
    "companies": "enterprise",
    "firms": "enterprise",
    "institutions": "institution",
    "institution": "institution",
    "universities": "university",
    "university": "university",
    "colleges": "university",
    "patents": "patent",
    "patent": "patent",
    "projects": "project",
    "project": "project",
    "people": "person",
    "persons": "person",
    "person": "person",
    "jobs": "person",
    "employees": "person",
    "m²": "m2",
    "m2": "m2",
    "sqm": "m2",
    "sq m": "m2",
    "square metres": "m2",
    "square meters": "m2",
    "hectares": "ha",
    "hectare": "ha",
    "ha": "ha",
    "km²": "km2",
    "km2": "km2",
    "sq km": "km2",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "mu": "mu",
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "units": "unit",
    "items": "unit",
    "": "unit",
}
ZH_THINGS = {
    "家": "enterprise",
    "所": "university",
    "件": "patent",
    "项": "project",
    "人": "person",
    "名": "person",
    "平方米": "m2",
    "㎡": "m2",
    "公顷": "ha",
    "平方公里": "km2",
    "平方千米": "km2",
    "亩": "mu",
    "%": "percent",
    "个": "unit",
}
# Rates, written as quantities.UNITS writes them: no scale words.
RATES = {
    "yuan per m² per month": "CNY/m2/month",
    "元/平方米·月": "CNY/m2/month",
    "yuan per m² per day": "CNY/m2/day",
    "元/平方米·天": "CNY/m2/day",
    "yuan per m²": "CNY/m2",
    "元/平方米": "CNY/m2",
    "yuan per mu": "CNY/mu",
    "元/亩": "CNY/mu",
    "yuan per kWh": "CNY/kWh",
    "元/千瓦时": "CNY/kWh",
    "yuan per m³": "CNY/m3",
    "元/立方米": "CNY/m3",
    "yuan per month": "CNY/month",
    "元/月": "CNY/month",
    "yuan per year": "CNY/year",
    "元/年": "CNY/year",
}
# For the way back: a code's base unit in words.
NAMES = {
    "CNY": ("yuan", "元"),
    "USD": ("US dollars", "美元"),
    "EUR": ("euros", "欧元"),
    "enterprise": ("enterprises", "家"),
    "institution": ("institutions", "家"),
    "university": ("universities", "所"),
    "patent": ("patents", "件"),
    "project": ("projects", "个"),
    "unit": ("", ""),
    "person": ("people", "人"),
    "m2": ("m²", "平方米"),
    "ha": ("hectares", "公顷"),
    "km2": ("km²", "平方公里"),
    "mu": ("mu", "亩"),
    "percent": ("%", "%"),
}
_rates = list(RATES.items())
for (_en, _code), (_zh, _same) in zip(_rates[::2], _rates[1::2], strict=True):
    NAMES[_code] = (_en, _zh)
CODES = set(NAMES)
RATES_EN = {text.lower(): code for text, code in RATES.items()}
LEFTOVER = "\n\n(Unit before conversion to base units: {})"


def _english(text: str):
    text = re.sub(r"\s+", " ", text.strip().lower())
    if text in RATES_EN:
        return RATES_EN[text], 1
    if text in CODES:
        return text, 1
    for scale, size in EN_SCALES.items():
        for word, code in EN_CURRENCIES.items():
            if text in {f"{scale} {word}".strip(), f"{word} {scale}".strip()}:
                return code, size
        for word, code in EN_THINGS.items():
            if word and text == f"{scale} {word}".strip():
                return code, size
    if text == "":
        return "unit", 1
    return None


def _chinese(text: str):
    text = re.sub(r"\s+", "", text)
    if text in RATES:
        return RATES[text], 1
    for scale, size in ZH_SCALES.items():
        for table in (ZH_CURRENCIES, ZH_THINGS):
            for word, code in table.items():
                if text == f"{scale}{word}":
                    return code, size
    return None


def read_unit(english: str, chinese: str, plain: str):
    """(unit code, how many base units one old value was, understood?) of a
    metric's old unit texts."""
    for text, reader in ((english, _english), (chinese, _chinese), (plain, _english)):
        if text and (found := reader(text)):
            return (*found, True)
    if not any((english, chinese, plain)):
        return "unit", 1, True
    return "unit", 1, False


def convert_rows(metrics, indicators) -> None:
    """Set each metric's unit code and scale each indicator's value to base units.

    `metrics`: objects with pk, unit_en, unit_zh_hans, unit, description_en;
    `indicators`: objects with metric_id and value. Changed in place.
    """
    factors = {}
    for metric in metrics:
        english = metric.unit_en or ""
        chinese = metric.unit_zh_hans or ""
        code, factor, understood = read_unit(english, chinese, metric.unit or "")
        if not understood:
            old = " / ".join(t for t in (english, chinese) if t) or metric.unit
            metric.description_en = (metric.description_en or "") + LEFTOVER.format(
                old
            )
        metric.unit = code
        factors[metric.pk] = factor
    for indicator in indicators:
        factor = factors.get(indicator.metric_id, 1)
        indicator.value = (Decimal(indicator.value) * factor).quantize(Decimal("0.01"))


def forward(apps, schema_editor):
    Metric = apps.get_model("districts", "Metric")
    Indicator = apps.get_model("districts", "Indicator")
    HistoricalMetric = apps.get_model("districts", "HistoricalMetric")
    HistoricalIndicator = apps.get_model("districts", "HistoricalIndicator")
    metrics = list(Metric.objects.all())
    indicators = list(Indicator.objects.all())
    history = list(HistoricalIndicator.objects.all())
    convert_rows(metrics, indicators + history)
    Metric.objects.bulk_update(metrics, ["unit", "description_en"])
    Indicator.objects.bulk_update(indicators, ["value"])
    HistoricalIndicator.objects.bulk_update(history, ["value"])
    codes = {metric.pk: metric.unit for metric in metrics}
    past = list(HistoricalMetric.objects.all())
    for row in past:
        row.unit = codes.get(row.id) or read_unit(
            row.unit_en or "", row.unit_zh_hans or "", row.unit or ""
        )[0]
    HistoricalMetric.objects.bulk_update(past, ["unit"])


def backward(apps, schema_editor):
    for name in ("Metric", "HistoricalMetric"):
        model = apps.get_model("districts", name)
        rows = list(model.objects.all())
        for row in rows:
            english, chinese = NAMES.get(row.unit, ("", ""))
            row.unit, row.unit_en, row.unit_zh_hans = english, english, chinese
        model.objects.bulk_update(rows, ["unit", "unit_en", "unit_zh_hans"])


class Migration(migrations.Migration):
    dependencies = [
        ("districts", "0002_rich_text_body"),
    ]

    operations = [
        # Wider first: 80 becomes 80000000000.
        migrations.AlterField(model_name="indicator", name="value", field=VALUE),
        migrations.AlterField(
            model_name="historicalindicator", name="value", field=VALUE
        ),
        migrations.RunPython(forward, backward),
        migrations.AlterField(model_name="metric", name="unit", field=UNIT),
        migrations.AlterField(model_name="historicalmetric", name="unit", field=UNIT),
        migrations.RemoveField(model_name="historicalmetric", name="unit_en"),
        migrations.RemoveField(model_name="historicalmetric", name="unit_zh_hans"),
        migrations.RemoveField(model_name="metric", name="unit_en"),
        migrations.RemoveField(model_name="metric", name="unit_zh_hans"),
    ]
