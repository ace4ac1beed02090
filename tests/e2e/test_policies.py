from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from tests.factories.districts import DistrictFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.policies import (
    MeasureCategoryFactory,
    MeasureFactory,
    PolicyFactory,
)


@pytest.fixture
def library(transactional_db):
    """A district policy with measures in two categories, and a municipal one."""
    daxing = DistrictFactory(slug="daxing", name_en="Daxing", name_zh_hans="大兴区")
    policy = PolicyFactory(
        slug="several-measures",
        title_en="Several Measures for Biomedicine",
        title_zh_hans="促进生物医药发展的若干措施",
        issuer=OrganizationFactory(name_en="Daxing District Government"),
        issued_on=dt.date(2025, 3, 1),
        measure_count=20,
    )
    policy.districts.add(daxing)
    approval = MeasureCategoryFactory(
        name_en="Review and approval", name_zh_hans="审评审批", order=1
    )
    clinical = MeasureCategoryFactory(
        name_en="Clinical research", name_zh_hans="临床研究", order=2
    )
    MeasureFactory(policy=policy, number=1, category=approval, title_en="Faster review")
    MeasureFactory(policy=policy, number=2, category=clinical, title_en="Trial support")
    PolicyFactory(slug="city-policy", title_en="City-wide talent policy")
    return policy


def test_reader_filters_the_library_and_opens_a_policy(page, library):
    page.goto("/en/policies/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Policy library")
    expect(page.get_by_text("City-wide talent policy")).to_be_visible()

    page.get_by_label("District").select_option("daxing")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"district=daxing"))
    expect(page.get_by_text("City-wide talent policy")).to_have_count(0)

    page.get_by_role("link", name="Several Measures for Biomedicine").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Several Measures for Biomedicine"
    )
    groups = page.get_by_role("heading", level=3)
    expect(groups).to_have_text(["Review and approval", "Clinical research"])
    expect(page.get_by_text("This policy sets out 20 measures")).to_be_visible()

    page.get_by_role("link", name="Ask about this policy").click()
    expect(page).to_have_url(re.compile(r"/en/contact/\?kind=policy&policy=several-"))


def test_policy_reads_in_chinese(page, library):
    page.goto("/en/policies/several-measures/")
    page.get_by_role("link", name="简体中文").click()
    expect(page).to_have_url(re.compile(r"/zh-hans/policies/several-measures/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "促进生物医药发展的若干措施"
    )
    expect(page.get_by_role("heading", level=3)).to_have_text(["审评审批", "临床研究"])
    expect(page.get_by_role("link", name="咨询本政策")).to_be_visible()
