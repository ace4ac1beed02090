"""The site finder's ranking, as a pure function of plain data."""

from __future__ import annotations

from apps.finder.ranking import (
    MAX_POLICIES_SCORED,
    WEIGHTS,
    Answers,
    Candidate,
    PolicyInfo,
    rank,
    score,
)

BIO_BASE = Candidate(
    kind="park",
    slug="bio-base",
    title="Daxing Biomedical Industry Base",
    district="daxing",
    industries=frozenset({"biomedicine"}),
    space_sqm=5000,
    park_kind="industrial_base",
    planning_status="ready",
)
LIFE_PARK = Candidate(
    kind="park",
    slug="life-park",
    title="Zhongguancun Life Science Park",
    district="changping",
    industries=frozenset({"biomedicine", "devices"}),
    space_sqm=800,
    park_kind="science_park",
    planning_status="ready",
)
DEVICE_PROJECT = Candidate(
    kind="opportunity",
    slug="device-plant",
    title="Device plant",
    district="daxing",
    industries=frozenset({"devices"}),
    planning_status="planned",
)


def slugs(matches) -> list[str]:
    return [match.candidate.slug for match in matches]


def test_industry_outweighs_district_and_space_orders_the_rest():
    answers = Answers(industry="biomedicine", space_sqm=1000, district="daxing")
    matches = rank([DEVICE_PROJECT, LIFE_PARK, BIO_BASE], answers)
    # bio-base: industry 40 + space 25 + district 20; life-park: industry 40
    # (800 m² < 1000 m²); device-plant: district 20.
    assert slugs(matches) == ["bio-base", "life-park", "device-plant"]
    assert [m.score for m in matches] == [85, 40, 20]


def test_candidates_matching_nothing_are_left_out():
    matches = rank([DEVICE_PROJECT, BIO_BASE], Answers(industry="biomedicine"))
    assert slugs(matches) == ["bio-base"]
    assert rank([DEVICE_PROJECT], Answers()) == []


def test_each_reason_is_given_in_words():
    match = score(
        BIO_BASE,
        Answers(
            industry="biomedicine",
            space_sqm=5000,
            district="daxing",
            park_kind="industrial_base",
            timeline="6_months",
            stage="established",
        ),
    )
    assert match.reasons == [
        "Works in your industry",
        "5000 m² available, you need 5000 m²",
        "In your preferred district",
        "The kind of park you prefer",
        "Ready within your timeline",
        "Suits an enterprise at your stage",
    ]
    assert match.score == sum(
        WEIGHTS[k]
        for k in ("industry", "space", "district", "park_kind", "timeline", "stage")
    )


def test_space_counts_only_when_enough_is_available():
    assert score(LIFE_PARK, Answers(space_sqm=801)).score == 0
    assert score(LIFE_PARK, Answers(space_sqm=800)).score == WEIGHTS["space"]
    # A project needs space; it offers none.
    assert score(DEVICE_PROJECT, Answers(space_sqm=1)).score == 0


def test_timeline_rewards_what_is_ready_in_time():
    assert score(DEVICE_PROJECT, Answers(timeline="6_months")).score == 0
    assert score(DEVICE_PROJECT, Answers(timeline="later")).score == 10


def test_policies_apply_by_industry_and_district_or_city_wide():
    city_wide = PolicyInfo("city", "City-wide biomedicine", frozenset({"biomedicine"}))
    daxing_only = PolicyInfo(
        "daxing", "Daxing measures", frozenset({"biomedicine"}), frozenset({"daxing"})
    )
    any_industry = PolicyInfo(
        "all", "All industries, Changping", districts=frozenset({"changping"})
    )
    devices_only = PolicyInfo("dev", "Devices", frozenset({"devices"}))
    policies = [city_wide, daxing_only, any_industry, devices_only]
    answers = Answers(industry="biomedicine")

    bio = score(BIO_BASE, answers, policies)
    life = score(LIFE_PARK, answers, policies)

    assert [p.slug for p in bio.policies] == ["city", "daxing"]
    assert [p.slug for p in life.policies] == ["city", "all"]
    assert bio.score == WEIGHTS["industry"] + 2 * WEIGHTS["policy"]
    assert (
        bio.reasons[-1] == "Policies that apply: City-wide biomedicine; Daxing measures"
    )


def test_policy_points_are_capped():
    policies = [
        PolicyInfo(f"p{n}", f"Policy {n}", frozenset({"biomedicine"})) for n in range(6)
    ]
    match = score(BIO_BASE, Answers(industry="biomedicine"), policies)
    assert len(match.policies) == 6
    assert match.score == WEIGHTS["industry"] + MAX_POLICIES_SCORED * WEIGHTS["policy"]


def test_ties_are_broken_by_title_then_parks_first():
    twin = Candidate(
        kind="opportunity", slug="twin", title=BIO_BASE.title, district="daxing"
    )
    other = Candidate(kind="park", slug="aaa", title="Another park", district="daxing")
    matches = rank([twin, BIO_BASE, other], Answers(district="daxing"))
    assert slugs(matches) == ["aaa", "bio-base", "twin"]


def test_the_list_is_cut_at_the_limit():
    many = [
        Candidate(kind="park", slug=f"p{n}", title=f"P{n:02d}", district="daxing")
        for n in range(30)
    ]
    assert len(rank(many, Answers(district="daxing"))) == 20
    assert len(rank(many, Answers(district="daxing"), limit=5)) == 5


def test_match_token_names_the_item_for_the_inquiry_form():
    (match,) = rank([BIO_BASE], Answers(district="daxing"))
    assert match.token == "park:bio-base"


def test_the_example_in_docs_finder_md():
    policy = PolicyInfo(
        "dx-bio",
        "Daxing biomedicine measures",
        frozenset({"biomedicine"}),
        frozenset({"daxing"}),
    )
    answers = Answers(
        industry="biomedicine", space_sqm=1000, district="daxing", stage="growth"
    )
    matches = rank([DEVICE_PROJECT, LIFE_PARK, BIO_BASE], answers, [policy])
    assert [(m.candidate.slug, m.score) for m in matches] == [
        ("bio-base", 95),
        ("life-park", 45),
        ("device-plant", 25),
    ]
