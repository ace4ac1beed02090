"""Rate limit, language, cache and CORS headers, and the OpenAPI description."""

from __future__ import annotations

import json

import pytest
from drf_spectacular.validation import validate_schema

from tests.factories.parks import ParkFactory


def test_too_many_requests_get_429_with_retry_after(api_get, settings, db):
    settings.PORTAL_API_RATE = "2/min"

    statuses = [api_get("/api/v1/parks/").status_code for _ in range(3)]
    response = api_get("/api/v1/districts/", {"format": "csv"})

    assert statuses == [200, 200, 429]
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "detail" in response.json()


def test_rate_limit_counts_each_address_apart(client, settings, db):
    settings.PORTAL_API_RATE = "1/min"

    first = client.get("/api/v1/parks/", REMOTE_ADDR="10.0.0.1")
    other = client.get("/api/v1/parks/", REMOTE_ADDR="10.0.0.2")
    again = client.get("/api/v1/parks/", REMOTE_ADDR="10.0.0.1")

    assert (first.status_code, other.status_code, again.status_code) == (200, 200, 429)


def test_answers_may_be_cached_and_read_from_any_origin(api_get, db):
    response = api_get("/api/v1/parks/")
    error = api_get("/api/v1/parks/", {"kind": "castle"})

    assert response["Cache-Control"] == "public, max-age=60"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Accept-Language" in response["Vary"]
    assert "Cookie" not in response.get("Vary", "")
    assert "Cache-Control" not in error
    assert not response.cookies


@pytest.mark.parametrize(
    ("query", "headers", "expected"),
    [
        ({}, {}, "Life park"),
        ({"lang": "zh-hans"}, {}, "生命园"),
        ({}, {"accept-language": "zh-CN,zh;q=0.9"}, "生命园"),
        ({"lang": "en"}, {"accept-language": "zh-hans"}, "Life park"),
        ({}, {"accept-language": "fr"}, "Life park"),
    ],
)
def test_language_is_chosen_by_lang_then_accept_language(
    api_get, daxing, query, headers, expected
):
    ParkFactory(slug="p", district=daxing, name_en="Life park", name_zh_hans="生命园")

    (park,) = api_get("/api/v1/parks/", query, **headers).json()["results"]

    assert park["name"] == expected


def test_chinese_falls_back_to_english_when_untranslated(api_get, daxing):
    ParkFactory(slug="p", district=daxing, name_en="Life park", name_zh_hans="")

    (park,) = api_get("/api/v1/parks/", {"lang": "zh-hans"}).json()["results"]

    assert park["name"] == "Life park"
    assert park["url"] == "http://testserver/zh-hans/parks/p/"


def test_openapi_description_is_valid_and_lists_every_endpoint(api_get, db):
    response = api_get("/api/v1/schema/")

    schema = json.loads(response.body_text)
    validate_schema(schema)
    assert response.status_code == 200
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        "/api/v1/districts/",
        "/api/v1/districts/{slug}/",
        "/api/v1/indicators/",
        "/api/v1/parks/",
        "/api/v1/parks/{slug}/",
        "/api/v1/organizations/",
        "/api/v1/organizations/{slug}/",
        "/api/v1/events/",
        "/api/v1/events/{slug}/",
        "/api/v1/agreements/",
        "/api/v1/agreements/{slug}/",
        "/api/v1/policies/",
        "/api/v1/policies/{slug}/",
        "/api/v1/news/",
        "/api/v1/news/{slug}/",
        "/api/v1/opportunities/",
        "/api/v1/opportunities/{slug}/",
        "/api/v1/industries/",
        "/api/v1/industries/{slug}/",
        "/api/v1/contacts/",
        "/api/v1/costs/",
        "/api/v1/guides/",
        "/api/v1/guides/{slug}/",
        "/api/v1/stories/",
        "/api/v1/stories/{slug}/",
    }
    parks = schema["paths"]["/api/v1/parks/"]["get"]["parameters"]
    names = {parameter["name"] for parameter in parks}
    assert {"district", "industry", "kind", "page", "page_size", "lang", "format"} <= (
        names
    )
    opportunities = schema["paths"]["/api/v1/opportunities/"]["get"]["parameters"]
    assert {"district", "industry", "kind", "value_min", "value_max"} <= {
        parameter["name"] for parameter in opportunities
    }


def test_root_lists_the_endpoints(api_get, db):
    body = api_get("/api/v1/").json()

    assert body["park"] == "http://testserver/api/v1/parks/"
    assert body["schema"] == "http://testserver/api/v1/schema/"
    assert body["opportunity"] == "http://testserver/api/v1/opportunities/"
    assert body["industry"] == "http://testserver/api/v1/industries/"
    assert body["contact"] == "http://testserver/api/v1/contacts/"
    assert body["costitem"] == "http://testserver/api/v1/costs/"
    assert body["guide"] == "http://testserver/api/v1/guides/"
    assert body["story"] == "http://testserver/api/v1/stories/"
    assert len(body) == 15


def test_reading_the_openapi_description_leaves_the_page_filters_working(
    client, api_get, db
):
    from tests.factories.policies import PolicyFactory

    api_get("/api/v1/schema/")
    PolicyFactory(slug="fresh", year=2024)

    page = client.get("/en/policies/", {"year": "2024"})
    api = api_get("/api/v1/policies/", {"year": "2024"})

    assert [policy.slug for policy in page.context["object_list"]] == ["fresh"]
    assert [policy["slug"] for policy in api.json()["results"]] == ["fresh"]
