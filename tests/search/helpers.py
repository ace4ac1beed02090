from __future__ import annotations

import re

from django.urls import reverse

RESULTS = reverse("search:results")


def titles(response) -> list[str]:
    """Result titles in page order, as a reader sees them."""
    html = response.content.decode()
    return [
        re.sub(r"<[^>]+>", "", title).strip()
        for title in re.findall(
            r'class="search-result__title"><a [^>]*>(.*?)</a>', html, re.S
        )
    ]
