"""Every URL name a template reverses exists, so a mistyped name fails here and not
silently on a page (no template swallows NoReverseMatch)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import NoReverseMatch, reverse

TEMPLATES = Path(settings.BASE_DIR) / "templates"

# {% url 'name' arg kwarg=value … %}, with the name quoted.
URL_TAG = re.compile(
    r"""\{%\s*url\s+(["'])(?P<name>[^"']+)\1"""
    r"""(?P<args>[^%]*?)(?:\s+as\s+\w+)?\s*%\}"""
)
# The CSV link reverses the name its caller passes: url_name="api:…".
URL_NAME_ARG = re.compile(r"""\burl_name=(["'])(?P<name>[^"']+)\1""")


def _reversals():
    found = []
    for path in sorted(TEMPLATES.rglob("*")):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(TEMPLATES).as_posix()
        for match in URL_TAG.finditer(text):
            found.append((where, match["name"], match["args"].split()))
        for match in URL_NAME_ARG.finditer(text):
            found.append((where, match["name"], []))
    return found


REVERSALS = _reversals()


def test_the_templates_reverse_urls_at_all():
    # Guards the scan itself: a broken pattern would make the test below vacuous.
    assert len(REVERSALS) > 30


@pytest.mark.parametrize(
    ("template", "name", "args"),
    REVERSALS,
    ids=[f"{template}:{name}" for template, name, _ in REVERSALS],
)
def test_every_url_name_in_a_template_resolves(template, name, args):
    # "1" fits every converter the portal uses (slug, int, str, path).
    positional = [arg for arg in args if "=" not in arg]
    keywords = {arg.split("=", 1)[0]: "1" for arg in args if "=" in arg}
    try:
        reverse(name, args=["1"] * len(positional), kwargs=keywords or None)
    except NoReverseMatch as error:
        pytest.fail(f"{template} reverses {name!r}: {error}")
