"""The guides endpoint: published only, the list's filters, steps, CSV."""

from __future__ import annotations

import pytest

from apps.core.models import Status
from tests.api.helpers import read_csv
from tests.factories.districts import DistrictFactory
from tests.factories.guides import GuideFactory, GuideStepFactory
from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db

API_QUERIES = 7
ITEM_QUERIES = 6


def read(client, path, data=None):
    response = client.get(path, data or {})
    if response.streaming:
        response.body_text = b"".join(response.streaming_content).decode("utf-8")
    else:
        response.body_text = response.content.decode("utf-8")
    return response


def test_list_and_item(client, daxing):
    hidden = DistrictFactory(status=Status.DRAFT)
    guide = GuideFactory(
        slug="setting-up", title_en="Setting up", districts=[daxing, hidden]
    )
    GuideStepFactory(
        guide=guide, title_en="Register", documents_en="Form A\nForm B", order=1
    )
    GuideFactory(slug="draft", status=Status.DRAFT)
    body = read(client, "/api/v1/guides/").json()
    assert [g["slug"] for g in body["results"]] == ["setting-up"]
    assert body["results"][0]["districts"] == [{"slug": "daxing", "name": "Daxing"}]
    item = read(client, "/api/v1/guides/setting-up/").json()
    assert item["steps"][0]["title"] == "Register"
    assert item["steps"][0]["documents"] == ["Form A", "Form B"]
    assert read(client, "/api/v1/guides/draft/").status_code == 404
    chinese = read(client, "/api/v1/guides/setting-up/", {"lang": "zh-hans"}).json()
    assert chinese["title"].startswith("指南")


def test_filters_and_csv(client, daxing, changping):
    GuideFactory(slug="dx", districts=[daxing])
    GuideFactory(slug="cp", districts=[changping], audience="investors")
    slugs = lambda **q: [  # noqa: E731
        g["slug"] for g in read(client, "/api/v1/guides/", q).json()["results"]
    ]
    assert slugs(district="changping") == ["cp"]
    assert slugs(audience="investors") == ["cp"]
    assert read(client, "/api/v1/guides/", {"audience": "x"}).status_code == 400
    rows = read_csv(read(client, "/api/v1/guides/", {"format": "csv"}))
    assert sorted(row["slug"] for row in rows) == ["cp", "dx"]


def test_query_counts_do_not_grow(client, daxing, django_assert_num_queries):
    guide = GuideFactory(slug="one", districts=[daxing])
    with django_assert_num_queries(API_QUERIES):
        read(client, "/api/v1/guides/")
    with django_assert_num_queries(ITEM_QUERIES):
        read(client, "/api/v1/guides/one/")
    for _n in range(4):
        GuideFactory(districts=[DistrictFactory()])
        GuideStepFactory(guide=guide, organization=OrganizationFactory())
    with django_assert_num_queries(API_QUERIES):
        read(client, "/api/v1/guides/")
    with django_assert_num_queries(ITEM_QUERIES):
        read(client, "/api/v1/guides/one/")
