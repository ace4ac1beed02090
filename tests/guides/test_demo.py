"""The demo guides carry only what the seeds state (docs/data.md)."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from apps.guides.models import Guide, GuideStep

pytestmark = pytest.mark.django_db


def test_demo_guides_are_the_two_the_seeds_state_with_no_invented_detail():
    call_command("load_demo", stdout=io.StringIO())
    one_stop = Guide.objects.get(slug="daxing-one-stop-service-system")
    assert [s.title_en for s in one_stop.steps.all()] == [
        "Research and development innovation",
        "Production and manufacturing",
        "Product launch",
    ]
    assert {s.organization.slug for s in one_stop.steps.all()} == {
        "medical-health-industry-special-committee"
    }
    assert "8 professional service organizations" in one_stop.body_en
    assert [d.slug for d in one_stop.districts.all()] == ["daxing"]
    approval = Guide.objects.get(
        slug="zhongguancun-life-science-park-approval-services"
    )
    assert [s.title_en for s in approval.steps.all()] == [
        "Face-to-face administrative approval"
    ]
    assert [p.slug for p in approval.parks.all()] == ["zhongguancun-life-science-park"]
    # The seeds give no time, document or link for any step.
    assert not GuideStep.objects.filter(typical_time_en__gt="").exists()
    assert not GuideStep.objects.filter(documents_en__gt="").exists()
    assert not GuideStep.objects.filter(link__gt="").exists()


def test_demo_guides_show_on_their_park_and_in_chinese(client):
    call_command("load_demo", stdout=io.StringIO())
    text = client.get("/zh-hans/parks/zhongguancun-life-science-park/").text
    assert "中关村生命科学园行政审批服务" in text
    text = client.get("/zh-hans/guides/daxing-one-stop-service-system/").text
    assert "研发创新" in text
    assert "办理部门" in text
