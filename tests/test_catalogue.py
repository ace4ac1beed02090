"""The Chinese catalogue: every message the project uses is translated (no empty
and no fuzzy entry; obsolete `#~` entries are not used and do not count), and the
translations follow the house typography: no space between Han characters and
Latin letters or numerals, and no half-width comma, colon, semicolon or bracket
next to Han characters (W3C clreq; apps/core/text.py)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from apps.core.text import han_spacing

PO = Path(__file__).resolve().parent.parent / "locale/zh_Hans/LC_MESSAGES/django.po"
HAN = "\u4e00-\u9fff"
HALF_WIDTH_NEXT_TO_HAN = re.compile(
    rf"[{HAN}][,:;]|[{HAN}] ?\((?!%)|\)(?=[{HAN}])|[,;] ?(?=[{HAN}])"
)


def entries() -> list[dict]:
    """The active entries of the catalogue: flags, msgid, msgctxt and msgstrs."""
    found = []
    for block in PO.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines or any(line.startswith("#~") for line in lines):
            continue
        entry = {"flags": ""}
        key = None
        for line in lines:
            if line.startswith("#,"):
                entry["flags"] = line
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                entry[key] = entry[key] + ast.literal_eval(line)
            else:
                key, _, value = line.partition(" ")
                entry[key] = ast.literal_eval(value)
        entry["msgstrs"] = [v for k, v in entry.items() if k.startswith("msgstr")]
        if entry.get("msgid"):
            found.append(entry)
    return found


ENTRIES = entries()


def test_the_catalogue_is_found_and_parsed():
    assert len(ENTRIES) > 500
    assert any(e["msgid"] == "Apply" for e in ENTRIES)


def test_every_message_is_translated_and_not_fuzzy():
    fuzzy = [e["msgid"] for e in ENTRIES if "fuzzy" in e["flags"]]
    untranslated = [
        e["msgid"] for e in ENTRIES if not e["msgstrs"] or not all(e["msgstrs"])
    ]
    assert fuzzy == []
    assert untranslated == []


def test_translations_follow_the_chinese_typography():
    spaced = [t for e in ENTRIES for t in e["msgstrs"] if han_spacing(t) != t]
    half_width = [
        t for e in ENTRIES for t in e["msgstrs"] if HALF_WIDTH_NEXT_TO_HAN.search(t)
    ]
    assert spaced == []
    assert half_width == []


def test_the_typography_check_catches_what_it_should():
    assert han_spacing("共 20 条") != "共 20 条"
    assert HALF_WIDTH_NEXT_TO_HAN.search("签约各方: 大兴")
    assert HALF_WIDTH_NEXT_TO_HAN.search("生物医药, 创新药")
    assert HALF_WIDTH_NEXT_TO_HAN.search("产业规模 (2022)")
    assert not HALF_WIDTH_NEXT_TO_HAN.search("图片超过%(limit)s MB。")
