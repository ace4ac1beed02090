"""Chinese typography for generated text, and which language a translated field
shows.

- `join_list`: lists read "生物医药、创新药、医疗器械" in Chinese and "biomedicine,
  innovative pharmaceuticals, medical devices" in English.
- `han_spacing`: no space between Han characters and Latin letters or numerals
  ("2022年", "共20条"), as the W3C "Requirements for Chinese Text Layout" (clreq)
  describe for mainland government text.
- `label`: "签约各方：" / "Parties: "; `bracketed`: "（2022）" / " (2022)".
- `shown_language`: the language a translated field is shown in (the page's, or
  the other one through modeltranslation's fallback), so that the element can
  carry its `lang` and a notice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.utils.translation import get_language

# CJK Unified Ideographs (with extension A) and the CJK symbols and full-width forms
# that behave like them for spacing.
_HAN = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_SPACE_AFTER_HAN = re.compile(rf"(?<=[{_HAN}])[ \u00a0]+(?=[0-9A-Za-z%+\-(])")
_SPACE_BEFORE_HAN = re.compile(rf"(?<=[0-9A-Za-z%)])[ \u00a0]+(?=[{_HAN}])")

LIST_SEPARATORS = {"zh": "、", "en": ", "}


def is_chinese(language: str | None = None) -> bool:
    """Whether the language (by default the active one) is Chinese."""
    return (language or get_language() or "en").lower().startswith("zh")


def join_list(
    items: Iterable, language: str | None = None, *, english: str = ", "
) -> str:
    """The items as text joined for the language: 、 in Chinese, ", " in English
    (or `english`, e.g. "; " between titles that may hold commas). Empty items are
    left out."""
    separator = LIST_SEPARATORS["zh"] if is_chinese(language) else english
    return separator.join(text for text in (str(item) for item in items) if text)


def han_spacing(text: str) -> str:
    """The text without spaces between Han characters and Latin letters or
    numerals: "2022 年" → "2022年", "共 20 条" → "共20条"."""
    if not text:
        return text
    return _SPACE_BEFORE_HAN.sub("", _SPACE_AFTER_HAN.sub("", text))


def comma(language: str | None = None) -> str:
    """The comma between two clauses: "，" in Chinese, ", " in English."""
    return "，" if is_chinese(language) else ", "


def label(text: str, language: str | None = None) -> str:
    """A label before its value: "签约各方：" in Chinese, "Parties: " in English."""
    return f"{text}：" if is_chinese(language) else f"{text}: "


def bracketed(text, language: str | None = None) -> str:
    """An aside in brackets: "（2022）" in Chinese, " (2022)" in English."""
    return f"（{text}）" if is_chinese(language) else f" ({text})"


def year(value, language: str | None = None) -> str:
    """A year on its own: "2025年" in Chinese, "2025" in English."""
    if value in (None, ""):
        return ""
    return f"{value}年" if is_chinese(language) else str(value)


def field_language(language: str) -> str:
    """The modeltranslation suffix of a language code: "zh-hans" → "zh_hans"."""
    return language.lower().replace("-", "_")


def shown_language(obj, field: str, language: str | None = None) -> str | None:
    """The language code ("en" or "zh-hans") that `obj.<field>` is shown in when it
    is not the page's language (modeltranslation fell back to the other one);
    None when it is in the page's language or empty."""
    page = (language or get_language() or "en").lower()
    own = getattr(obj, f"{field}_{field_language(page)}", None)
    if own not in (None, ""):
        return None
    from django.conf import settings

    for code in settings.MODELTRANSLATION_LANGUAGES:
        if code == page:
            continue
        if getattr(obj, f"{field}_{field_language(code)}", None) not in (None, ""):
            return code
    return None
