"""The site finder page: questions, ranked shortlist with reasons, inquiry link."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from apps.core.models import Status
from apps.opportunities.models import OpportunityKind, PlanningStatus
from apps.parks.models import ParkKind
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.opportunities import OpportunityFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory

pytestmark = pytest.mark.django_db

# Answers with an industry and a district: their two slug look-ups, parks + their
# industries, opportunities + their industries, policies + their industries and
# districts, and the industries and districts shown in the form (site settings are
# cached).
FINDER_QUERIES = 11


def slugs(response) -> list[str]:
    return [match.candidate.slug for match in response.context["matches"]]


@pytest.fixture
def catalogue(life_park, daxing, changping, biomedicine, devices):
    science = ParkFactory(
        name_en="Zhongguancun Life Science Park",
        slug="zgc-life",
        district=changping,
        kind=ParkKind.SCIENCE_PARK,
        available_space_sqm=800,
    )
    science.industries.add(biomedicine, devices)
    OpportunityFactory(
        title_en="Ready lab floor",
        slug="lab-floor",
        kind=OpportunityKind.SPACE,
        district=daxing,
        park=life_park,
        area_sqm=3000,
        planning_status=PlanningStatus.READY,
        industries=[biomedicine],
    )
    OpportunityFactory(
        title_en="Draft floor",
        slug="draft-floor",
        status=Status.DRAFT,
        district=daxing,
        industries=[biomedicine],
    )
    ParkFactory(name_en="Draft park", slug="draft-park", status=Status.DRAFT)
    policy = PolicyFactory(title_en="Daxing biomedicine measures", slug="dx-bio")
    policy.industries.add(biomedicine)
    policy.districts.add(daxing)


def test_the_empty_finder_shows_only_the_questions(client, catalogue):
    response = client.get("/en/site-finder/")
    assert response.status_code == 200
    assert "Your industry" in response.text
    assert "Your shortlist" not in response.text


def test_answers_give_a_ranked_shortlist_with_reasons(client, catalogue):
    response = client.get(
        "/en/site-finder/?industry=biomedicine&space_sqm=1000&district=daxing"
        "&park_kind=industrial_base&timeline=6_months&stage=growth"
    )
    assert response.status_code == 200
    # life park: 40+25+20+10+10+5+5 = 115; lab floor (in the base): 115;
    # ZGC: industry 40 + ready 10 + growth stage 5 (800 m² is too little).
    assert slugs(response) == ["daxing-bio-base", "lab-floor", "zgc-life"]
    assert [m.score for m in response.context["matches"]] == [115, 115, 55]
    text = response.text
    assert "Works in your industry" in text
    assert "5000 m² available, you need 1000 m²" in text
    assert "Policies that apply: Daxing biomedicine measures" in text
    assert "draft" not in " ".join(slugs(response))


def test_the_shortlist_button_opens_the_prefilled_inquiry_form(client, catalogue):
    response = client.get("/en/site-finder/?industry=biomedicine&district=daxing")
    url = urlsplit(response.context["inquiry_url"])
    assert url.path == "/en/contact/"
    assert parse_qs(url.query) == {
        "kind": ["invest"],
        "district": ["daxing"],
        "shortlist": ["park:daxing-bio-base,opportunity:lab-floor,park:zgc-life"],
    }
    assert "Send this shortlist to the investment team" in response.text


def test_no_match_says_so(client, catalogue):
    IndustryFactory(slug="space-tech")
    response = client.get("/en/site-finder/?industry=space-tech")
    assert response.status_code == 200
    assert response.context["matches"] == []
    assert "Nothing matches these answers yet." in response.text


@pytest.mark.parametrize(
    "query",
    [
        "?industry=nowhere",
        "?industry=%00",
        "?space_sqm=-4",
        "?space_sqm=lots",
        "?space_sqm=99999999999999999999",
        "?district=" + "x" * 3000,
        "?park_kind=castle",
        "?timeline=yesterday",
        "?stage=retired",
    ],
)
def test_bad_answers_give_a_400_with_the_error_not_a_500(client, catalogue, query):
    response = client.get(f"/en/site-finder/{query}")
    assert response.status_code == 400
    assert "Please correct the answers marked below." in response.text
    assert "Your shortlist" not in response.text


def test_finder_query_count_does_not_grow_with_the_data(
    client, catalogue, biomedicine, django_assert_num_queries
):
    query = "/en/site-finder/?industry=biomedicine&space_sqm=100&district=daxing"
    client.get(query)  # warms the site settings cache
    with django_assert_num_queries(FINDER_QUERIES):
        client.get(query)
    for _n in range(6):
        district = DistrictFactory()
        park = ParkFactory(district=district, available_space_sqm=500)
        park.industries.add(biomedicine, IndustryFactory())
        OpportunityFactory(district=district, park=park, industries=[biomedicine])
        policy = PolicyFactory()
        policy.industries.add(biomedicine)
        policy.districts.add(district)
    with django_assert_num_queries(FINDER_QUERIES):
        response = client.get(query)
    assert len(response.context["matches"]) == 15


def test_the_finder_speaks_chinese(client, catalogue):
    response = client.get("/zh-hans/site-finder/?industry=biomedicine")
    assert response.status_code == 200
    assert "选址助手" in response.text
    assert "与您的产业相符" in response.text
    assert "/zh-hans/contact/?kind=invest" in response.context["inquiry_url"]
