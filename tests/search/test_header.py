from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/en/", "/zh-hans/", "/en/directory/", "/en/news/"])
def test_every_page_has_the_search_box_in_its_header(client, url):
    html = client.get(url).content.decode()
    header = html.split('<header class="site-header">')[1].split("</header>")[0]
    assert 'role="search"' in header
    assert (
        f'action="{reverse("search:results")}"' in header
        or 'action="/zh-hans/search/"' in header
    )
    assert 'type="search" name="q"' in header
    assert 'for="site-search-q"' in header


def test_header_box_keeps_the_query_on_the_results_page(client):
    html = client.get(reverse("search:results"), {"q": "BeiGene"}).content.decode()
    assert 'id="site-search-q" type="search" name="q" value="BeiGene"' in html
