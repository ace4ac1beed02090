"""The guide admin: steps as an inline, in both languages; district editors."""

from __future__ import annotations

import pytest

from apps.accounts import roles
from apps.guides.models import Guide
from tests.accounts.conftest import make_staff
from tests.core.admin_forms import admin_url, form_errors, inline_data, publishing_data
from tests.factories.guides import GuideFactory

pytestmark = pytest.mark.django_db


def test_admin_pages_open(admin_client, daxing):
    guide = GuideFactory(districts=[daxing])
    for url in (
        admin_url(Guide, "changelist"),
        admin_url(Guide, "add"),
        admin_url(Guide, "change", guide.pk),
        admin_url(Guide, "history", guide.pk),
    ):
        assert admin_client.get(url).status_code == 200, url


def test_staff_add_a_guide_with_steps(admin_client, daxing):
    response = admin_client.post(
        admin_url(Guide, "add"),
        {
            **publishing_data("published"),
            "title_en": "Settling in",
            "title_zh_hans": "入驻指南",
            "slug": "settling-in",
            "audience": "settling",
            "order": "0",
            "districts": [daxing.pk],
            **inline_data(
                "steps",
                [
                    {
                        "order": "1",
                        "title_en": "Sign the lease",
                        "title_zh_hans": "签订租赁合同",
                        "typical_time_en": "1 week",
                    }
                ],
            ),
        },
    )
    assert response.status_code == 302, form_errors(response)
    guide = Guide.objects.get(slug="settling-in")
    assert guide.steps.get().title_zh_hans == "签订租赁合同"


def test_district_editor_sees_only_their_districts_guides(client, daxing, changping):
    editor = make_staff("daxing-guides", roles.DISTRICT_EDITORS, [daxing])
    client.force_login(editor)
    own = GuideFactory(districts=[daxing])
    foreign = GuideFactory(districts=[changping])
    response = client.get(admin_url(Guide, "changelist"))
    assert {obj.pk for obj in response.context["cl"].result_list} == {own.pk}
    assert client.get(admin_url(Guide, "change", own.pk)).status_code == 200
    assert client.get(admin_url(Guide, "change", foreign.pk)).status_code == 403
