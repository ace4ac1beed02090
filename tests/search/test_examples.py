"""The examples the search page suggests find the demo content, in both languages."""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command

from .helpers import titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo", stdout=io.StringIO())


def examples(html: str) -> list[str]:
    """The quoted examples of the page's hint (“…”)."""
    hint = re.search(r'<p class="search-page__hint">(.*?)</p>', html, re.S)
    assert hint, "the search page without a query shows a hint"
    return re.findall("\u201c(.+?)\u201d", hint.group(1))


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_every_suggested_example_finds_demo_content(client, demo, language):
    url = f"/{language}/search/"
    suggested = examples(client.get(url).content.decode())
    assert len(suggested) == 2
    for query in suggested:
        assert titles(client.get(url, {"q": query})), query
