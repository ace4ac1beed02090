"""The staff translation-parity report at /admin/parity/."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from apps.core.models import Status
from apps.site.parity import translated_content_models
from tests.factories.districts import DistrictFactory
from tests.factories.opportunities import OpportunityFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory

pytestmark = pytest.mark.django_db

URL = "/admin/parity/"


def section(response, name: str) -> list:
    (found,) = [s for s in response.context["sections"] if s["name"] == name]
    return found["gaps"]


def test_lists_published_items_lacking_chinese_or_english(admin_client, daxing):
    complete = ParkFactory(
        name_en="Complete park",
        summary_en="S",
        summary_zh_hans="概",
        body_en="B",
        body_zh_hans="文",
    )
    no_chinese = ParkFactory(
        name_en="Park without Chinese", name_zh_hans="", summary_en="S", body_en="B"
    )
    ParkFactory(name_en="Draft gap park", name_zh_hans="", status=Status.DRAFT)
    no_english = PolicyFactory(title_en="", title_zh_hans="只有中文的政策")

    response = admin_client.get(URL)

    assert response.status_code == 200
    parks = section(response, "parks")
    assert [gap.obj for gap in parks] == ["Park without Chinese"]
    assert parks[0].missing == [
        ("name", "Chinese"),
        ("summary", "Chinese"),
        ("description", "Chinese"),
    ]
    assert parks[0].url == f"/admin/parks/park/{no_chinese.pk}/change/"
    assert f'href="/admin/parks/park/{no_chinese.pk}/change/"' in response.text
    assert "Draft gap park" not in response.text
    assert f"/admin/parks/park/{complete.pk}/change/" not in response.text
    policies = section(response, "policies")
    assert policies[0].obj == "只有中文的政策"
    assert ("title", "English") in policies[0].missing
    assert f"/admin/policies/policy/{no_english.pk}/change/" in response.text


def test_counts_bodies_and_summaries_in_both_languages(admin_client, daxing):
    ParkFactory(
        name_en="Park",
        name_zh_hans="园区",
        summary_en="S",
        summary_zh_hans="概",
        body_en="Only English body",
    )
    PolicyFactory(
        title_en="Policy",
        title_zh_hans="政策",
        summary_en="",
        summary_zh_hans="只有中文摘要",
        body_en="B",
        body_zh_hans="文",
    )

    response = admin_client.get(URL)

    (park_gap,) = section(response, "parks")
    assert park_gap.missing == [("description", "Chinese")]
    (policy_gap,) = section(response, "policies")
    assert policy_gap.missing == [("summary", "English")]
    assert "description (Chinese)" in response.text


def test_report_in_chinese_uses_full_width_brackets_and_enumeration_comma(
    admin_client, daxing
):
    ParkFactory(name_en="Park", name_zh_hans="", summary_en="S", body_en="B")

    text = admin_client.get(URL, HTTP_ACCEPT_LANGUAGE="zh-hans").text

    assert "名称（中文）、摘要（中文）" in text  # noqa: RUF001


def test_covers_every_translated_content_model(admin_client):
    response = admin_client.get(URL)
    names = {s["name"] for s in response.context["sections"]}
    assert {
        "districts",
        "parks",
        "organizations",
        "events",
        "agreements",
        "policies",
        "articles",
        "investment opportunities",
    } <= {str(name) for name in names}


def test_is_staff_only(client, daxing):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    user = get_user_model().objects.create_user("reader", password="a-long-pass-123")
    client.force_login(user)
    assert client.get(URL).status_code == 302


def test_admin_index_links_to_the_report(admin_client):
    assert 'href="/admin/parity/"' in admin_client.get("/admin/").text


def test_query_count_per_model_does_not_grow(admin_client, django_assert_num_queries):
    models = len(translated_content_models())
    assert models == 11
    admin_client.get(URL)  # warms the caches (content types, site settings)
    # The session and the user, then one query per model.
    with django_assert_num_queries(2 + models):
        admin_client.get(URL)
    district = DistrictFactory(name_zh_hans="")
    for _n in range(5):
        ParkFactory(district=district, name_zh_hans="")
        OpportunityFactory(district=district, title_en="")
        PolicyFactory(summary_en="only English")
    with django_assert_num_queries(2 + models):
        response = admin_client.get(URL)
    assert len(section(response, "parks")) == 5


def test_report_uses_no_inline_style_the_csp_would_block(admin_client, daxing):
    text = admin_client.get(URL).text
    assert "style=" not in text.split('id="content-main"')[1]
    assert "/static/css/admin" in text
