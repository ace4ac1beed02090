""" "Policies for me": the measures that apply to an enterprise's profile."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from apps.core.models import Status
from apps.districts.models import District
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import (
    MeasureCategoryFactory,
    MeasureEligibilityFactory,
    MeasureFactory,
    PolicyFactory,
)

pytestmark = pytest.mark.django_db

URL = "/en/policies-for-me/"
# Industry and district look-ups, the measures, the policies whose measures are not
# all entered, the form's industries and districts.
FOR_ME_QUERIES = 6
NO_MATCH = "No measure of a current policy matches this profile."
MAY_APPLY = "Policies that may apply"


@pytest.fixture
def world(db):
    bio = IndustryFactory(name_en="Biomedicine", slug="biomedicine")
    devices = IndustryFactory(name_en="Medical devices", slug="devices")
    daxing = DistrictFactory(name_en="Daxing", slug="daxing")
    DistrictFactory(name_en="Changping", slug="changping")
    research = MeasureCategoryFactory(name_en="Clinical research", order=1)
    funding = MeasureCategoryFactory(name_en="Funding", order=2)

    city = PolicyFactory(title_en="City-wide biomedicine policy", slug="city-bio")
    city.industries.add(bio)
    MeasureFactory(
        policy=city, number=1, category=research, title_en="Faster ethics review"
    )
    high_tech = MeasureFactory(
        policy=city, number=2, category=funding, title_en="High-tech R&D grant"
    )
    MeasureEligibilityFactory(measure=high_tech, designations=["high_tech"])
    startup = MeasureFactory(
        policy=city, number=3, category=funding, title_en="Start-up rent subsidy"
    )
    MeasureEligibilityFactory(measure=startup, stages=["startup"])

    local = PolicyFactory(title_en="Daxing measures", slug="daxing-measures")
    local.districts.add(daxing)
    MeasureFactory(policy=local, number=1, title_en="Daxing talent housing")

    devices_policy = PolicyFactory(title_en="Device policy", slug="device-policy")
    devices_policy.industries.add(devices)
    MeasureFactory(policy=devices_policy, number=1, title_en="Device registration")

    draft = PolicyFactory(title_en="Draft policy", status=Status.DRAFT)
    MeasureFactory(policy=draft, number=1, title_en="Draft measure")
    scheduled = PolicyFactory(
        title_en="Scheduled policy", published_at=timezone.now() + dt.timedelta(1)
    )
    MeasureFactory(policy=scheduled, number=1, title_en="Scheduled measure")
    expired = PolicyFactory(
        title_en="Expired policy", expires_on=dt.date(2020, 12, 31), year=2020
    )
    MeasureFactory(policy=expired, number=1, title_en="Expired measure")


def measures(response) -> list[str]:
    return [
        measure.title
        for _category, items in response.context["measure_groups"]
        for measure in items
    ]


def test_high_tech_measure_is_listed_for_a_high_tech_enterprise(client, world):
    response = client.get(
        URL, {"industry": "biomedicine", "designations": ["high_tech"]}
    )
    assert response.status_code == 200
    assert "High-tech R&D grant" in measures(response)


def test_high_tech_measure_is_not_listed_for_other_enterprises(client, world):
    for designations in ([], ["specialized_sme"]):
        response = client.get(
            URL, {"industry": "biomedicine", "designations": designations}
        )
        assert "High-tech R&D grant" not in measures(response)
        assert "Faster ethics review" in measures(response)


def test_any_of_several_designations_qualifies(client, world):
    response = client.get(
        URL,
        {"industry": "biomedicine", "designations": ["specialized_sme", "high_tech"]},
    )
    assert "High-tech R&D grant" in measures(response)


def test_stage_measures_need_that_stage_when_one_is_given(client, world):
    startup = measures(client.get(URL, {"industry": "biomedicine", "stage": "startup"}))
    growth = measures(client.get(URL, {"industry": "biomedicine", "stage": "growth"}))
    unknown = measures(client.get(URL, {"industry": "biomedicine"}))
    assert "Start-up rent subsidy" in startup
    assert "Start-up rent subsidy" not in growth
    assert "Start-up rent subsidy" in unknown


def test_city_wide_policies_apply_everywhere_district_ones_only_there(client, world):
    daxing = measures(
        client.get(URL, {"industry": "biomedicine", "district": "daxing"})
    )
    changping = measures(
        client.get(URL, {"industry": "biomedicine", "district": "changping"})
    )
    assert "Faster ethics review" in daxing
    assert "Faster ethics review" in changping
    assert "Daxing talent housing" in daxing
    assert "Daxing talent housing" not in changping


def test_policies_of_other_industries_are_left_out(client, world):
    bio = measures(client.get(URL, {"industry": "biomedicine"}))
    assert "Device registration" not in bio
    # A policy without industries covers every industry.
    assert "Daxing talent housing" in bio
    assert "Device registration" in measures(client.get(URL, {"industry": "devices"}))


def test_drafts_scheduled_and_expired_policies_are_never_shown(client, world):
    response = client.get(URL, {"designations": ["high_tech"]})
    listed = measures(response)
    assert "Faster ethics review" in listed
    for hidden in ("Draft measure", "Scheduled measure", "Expired measure"):
        assert hidden not in listed
        assert hidden not in response.text


def test_measures_are_grouped_by_category_with_their_policy(client, world):
    response = client.get(
        URL, {"industry": "biomedicine", "designations": ["high_tech"]}
    )
    groups = [
        (category.name if category else None, [m.title for m in items])
        for category, items in response.context["measure_groups"]
    ]
    assert groups == [
        ("Clinical research", ["Faster ethics review"]),
        ("Funding", ["High-tech R&D grant", "Start-up rent subsidy"]),
        (None, ["Daxing talent housing"]),
    ]
    assert 'href="/en/policies/city-bio/#measure-2"' in response.text
    assert "City-wide biomedicine policy" in response.text


def test_a_policy_expiring_today_still_applies(client, world):
    policy = PolicyFactory(title_en="Ends today", expires_on=dt.date(2036, 6, 30))
    MeasureFactory(policy=policy, number=1, title_en="Last-day measure")
    with time_machine.travel(dt.datetime(2036, 6, 30, 12, tzinfo=dt.UTC)):
        assert "Last-day measure" in measures(client.get(URL, {"stage": ""}))
    with time_machine.travel(dt.datetime(2036, 7, 1, 12, tzinfo=dt.UTC)):
        assert "Last-day measure" not in measures(client.get(URL, {"stage": ""}))


def test_the_empty_page_shows_only_the_questions(client, world):
    response = client.get(URL)
    assert response.status_code == 200
    assert "Your designations" in response.text
    assert "Measures that apply" not in response.text


@pytest.mark.parametrize(
    "query",
    [
        "?industry=nowhere",
        "?district=%00",
        "?designations=emperor",
        "?stage=retired",
        "?industry=" + "x" * 4000,
    ],
)
def test_bad_profiles_give_a_400_with_the_error(client, world, query):
    response = client.get(URL + query)
    assert response.status_code == 400
    assert "Please correct the answers marked below." in response.text


def test_query_count_does_not_grow_with_the_data(
    client, world, django_assert_num_queries
):
    query = {"industry": "biomedicine", "district": "daxing", "stage": "growth"}
    client.get(URL, query)  # warms the site settings cache
    with django_assert_num_queries(FOR_ME_QUERIES):
        client.get(URL, query)
    for _n in range(5):
        policy = PolicyFactory()
        for number in range(1, 5):
            MeasureFactory(
                policy=policy, number=number, category=MeasureCategoryFactory()
            )
        PolicyFactory(measure_count=20)
    with django_assert_num_queries(FOR_ME_QUERIES):
        response = client.get(URL, query)
    assert len(measures(response)) == 2 + 20
    assert len(response.context["unlisted_policies"]) == 5


# --- Policies whose measures are not entered ----------------------------------------


@pytest.fixture
def several_measures(db):
    """The 2025 "Several Measures" as the demo has it: 20 measures stated, none
    entered; city-wide, for biomedicine."""
    bio = IndustryFactory(name_en="Biomedicine", slug="biomedicine")
    IndustryFactory(name_en="Medical devices", slug="devices")
    DistrictFactory(name_en="Daxing", slug="daxing")
    policy = PolicyFactory(
        title_en="Several Measures for Innovative Pharmaceuticals (2025)",
        title_zh_hans="支持创新医药高质量发展若干措施（2025年）",  # noqa: RUF001
        slug="several-measures",
        measure_count=20,
    )
    policy.industries.add(bio)
    return policy


def test_a_current_policy_without_measures_entered_may_apply(client, several_measures):
    for query in ({"stage": ""}, {"industry": "biomedicine", "district": "daxing"}):
        response = client.get(URL, query)
        text = response.text
        assert response.status_code == 200
        assert NO_MATCH not in text
        assert MAY_APPLY in text
        assert "are not all listed here yet" in text
        assert (
            '<a href="/en/policies/several-measures/">'
            "Several Measures for Innovative Pharmaceuticals (2025)</a>"
        ) in text


def test_a_policy_without_measures_entered_is_chinese_in_chinese(
    client, several_measures
):
    text = client.get("/zh-hans/policies-for-me/", {"stage": ""}).text
    assert (
        '<a href="/zh-hans/policies/several-measures/">'
        "支持创新医药高质量发展若干措施（2025年）</a>"  # noqa: RUF001
    ) in text
    assert "现行政策中没有与该情况匹配的措施" not in text


def test_a_policy_of_another_industry_does_not_apply_even_unentered(
    client, several_measures
):
    text = client.get(URL, {"industry": "devices"}).text
    assert "Several Measures" not in text
    assert MAY_APPLY not in text
    assert NO_MATCH in text
    zh = client.get("/zh-hans/policies-for-me/", {"industry": "devices"}).text
    assert "现行政策中没有与该情况匹配的措施" in zh


def test_draft_scheduled_and_expired_unentered_policies_are_never_shown(
    client, several_measures
):
    several_measures.status = Status.DRAFT
    several_measures.save()
    PolicyFactory(
        title_en="Scheduled policy", published_at=timezone.now() + dt.timedelta(1)
    )
    PolicyFactory(title_en="Expired policy", expires_on=dt.date(2020, 12, 31))
    text = client.get(URL, {"stage": ""}).text
    for hidden in ("Several Measures", "Scheduled policy", "Expired policy"):
        assert hidden not in text
    assert NO_MATCH in text


def test_a_partly_entered_policy_shows_its_measures_and_may_apply(
    client, several_measures
):
    MeasureFactory(policy=several_measures, number=1, title_en="Faster approvals")
    complete = PolicyFactory(title_en="Complete policy", measure_count=1)
    MeasureFactory(policy=complete, number=1, title_en="The only measure")
    counted = PolicyFactory(title_en="Uncounted policy")
    MeasureFactory(policy=counted, number=1, title_en="An uncounted measure")
    response = client.get(URL, {"industry": "biomedicine"})
    assert {"Faster approvals", "The only measure", "An uncounted measure"} <= set(
        measures(response)
    )
    may_apply = response.text.split(MAY_APPLY, 1)[1]
    assert "Several Measures" in may_apply
    assert "Complete policy" not in may_apply
    assert "Uncounted policy" not in may_apply


def test_the_site_finder_counts_the_same_unentered_policy(client, several_measures):
    park = ParkFactory(
        name_en="Pharma park", district=District.objects.get(slug="daxing")
    )
    park.industries.add(*several_measures.industries.all())
    finder = client.get("/en/site-finder/", {"industry": "biomedicine"}).text
    assert "Several Measures for Innovative Pharmaceuticals (2025)" in finder
    for_me = client.get(URL, {"industry": "biomedicine"}).text
    assert "Several Measures for Innovative Pharmaceuticals (2025)" in for_me


def test_at_most_twenty_unentered_policies_then_a_library_link(client, db):
    for n in range(21):
        PolicyFactory(title_en=f"Unentered {n:02d}", year=2000 + n)
    response = client.get(URL, {"stage": ""})
    assert len(response.context["unlisted_policies"]) == 20
    assert "Unentered 20" in response.text
    assert "Unentered 00" not in response.text
    assert '<a href="/en/policies/">All policies</a>' in response.text
