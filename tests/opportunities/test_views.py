"""The public opportunity list and detail pages."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from apps.core.models import Status
from apps.opportunities.models import OpportunityKind
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.opportunities import OpportunityFactory
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db

LIST_QUERIES = 5
FILTERED_LIST_QUERIES = 7
DETAIL_QUERIES = 2
MILLION = 10**6  # amounts are stored in yuan; the value filter reads millions


def titles(response) -> set[str]:
    return {item.title for item in response.context["opportunity_list"]}


@pytest.fixture
def vaccine_project(daxing, biomedicine):
    return OpportunityFactory(
        title_en="Vaccine plant",
        slug="vaccine-plant",
        district=daxing,
        industries=[biomedicine],
        amount_min=100 * MILLION,
        amount_max=300 * MILLION,
        area_sqm=20000,
        summary_en="A vaccine plant looking for an investor.",
    )


@pytest.fixture
def lab_space(changping, devices):
    return OpportunityFactory(
        title_en="Lab floor",
        slug="lab-floor",
        kind=OpportunityKind.SPACE,
        district=changping,
        industries=[devices],
        amount_min=5 * MILLION,
        amount_max=5 * MILLION,
        area_sqm=1200,
    )


def test_list_shows_published_opportunities_only(client, vaccine_project):
    OpportunityFactory(title_en="Draft project", status=Status.DRAFT)
    OpportunityFactory(
        title_en="Scheduled project",
        published_at=timezone.now() + dt.timedelta(days=1),
    )
    response = client.get("/en/opportunities/")
    assert response.status_code == 200
    assert titles(response) == {"Vaccine plant"}
    assert "Draft project" not in response.text
    assert "RMB 100\u2013300 million" in response.text


def test_list_filters_narrow(client, vaccine_project, lab_space):
    assert titles(client.get("/en/opportunities/?industry=biomedicine")) == {
        "Vaccine plant"
    }
    assert titles(client.get("/en/opportunities/?district=changping")) == {"Lab floor"}
    assert titles(client.get("/en/opportunities/?kind=space")) == {"Lab floor"}
    assert titles(client.get("/en/opportunities/?kind=partnership")) == set()
    assert len(titles(client.get("/en/opportunities/"))) == 2


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?value_min=50", {"Vaccine plant"}),
        ("?value_max=10", {"Lab floor"}),
        ("?value_min=5&value_max=5", {"Lab floor"}),
        # The filter range overlaps the opportunity's range.
        ("?value_min=250&value_max=1000", {"Vaccine plant"}),
        ("?value_min=301", set()),
        ("?value_min=6&value_max=99", set()),
    ],
)
def test_value_filter_keeps_overlapping_ranges(
    client, vaccine_project, lab_space, query, expected
):
    assert titles(client.get(f"/en/opportunities/{query}")) == expected


@pytest.mark.parametrize(
    "query",
    [
        "?district=nowhere",
        "?industry=%00",
        "?kind=castle",
        "?value_min=abc",
        "?value_min=-5",
        "?value_min=100&value_max=10",
        "?value_max=1e400",
        "?kind=" + "x" * 5000,
    ],
)
def test_bad_filters_give_an_error_and_an_empty_list_not_a_500(
    client, vaccine_project, query
):
    response = client.get(f"/en/opportunities/{query}")
    assert response.status_code == 200
    assert titles(response) == set()
    assert "Some filters are not valid" in response.text


def test_minimum_above_maximum_is_explained(client, vaccine_project):
    response = client.get("/en/opportunities/?value_min=100&value_max=10")
    assert "The maximum must not be below the minimum." in response.text


@pytest.mark.parametrize("page", ["999", "abc"])
def test_page_out_of_range_is_a_404(client, vaccine_project, page):
    assert client.get(f"/en/opportunities/?page={page}").status_code == 404


def test_list_query_count_does_not_grow_with_the_data(
    client, daxing, biomedicine, devices, django_assert_num_queries
):
    OpportunityFactory(
        district=daxing,
        industries=[biomedicine],
        amount_min=10 * MILLION,
        amount_max=20 * MILLION,
    )
    filtered = "/en/opportunities/?industry=biomedicine&district=daxing&value_min=5"
    client.get("/en/opportunities/")  # warms the site settings cache
    with django_assert_num_queries(LIST_QUERIES):
        client.get("/en/opportunities/")
    with django_assert_num_queries(FILTERED_LIST_QUERIES):
        client.get(filtered)
    for n in range(15):
        OpportunityFactory(
            district=DistrictFactory(),
            industries=[biomedicine, devices, IndustryFactory()],
            park=ParkFactory() if n % 2 else None,
        )
    with django_assert_num_queries(LIST_QUERIES):
        response = client.get("/en/opportunities/")
    assert len(titles(response)) == 16
    with django_assert_num_queries(FILTERED_LIST_QUERIES):
        response = client.get(filtered)
    assert len(titles(response)) == 1


def test_detail_shows_facts_and_the_interested_button(client, vaccine_project):
    response = client.get("/en/opportunities/vaccine-plant/")
    assert response.status_code == 200
    text = response.text
    assert "Vaccine plant" in text
    assert "20,000 m²" in text
    assert "Area needed" in text
    assert vaccine_project.promoter.name in text
    assert "/en/contact/?kind=invest&amp;opportunity=vaccine-plant" in text
    assert "I&#x27;m interested" in text or "I'm interested" in text


def test_detail_in_chinese(client, vaccine_project):
    response = client.get("/zh-hans/opportunities/vaccine-plant/")
    assert response.status_code == 200
    assert vaccine_project.title_zh_hans in response.text


def test_draft_and_scheduled_opportunities_are_404(client, daxing):
    OpportunityFactory(slug="draft", status=Status.DRAFT)
    OpportunityFactory(slug="later", published_at=timezone.now() + dt.timedelta(1))
    assert client.get("/en/opportunities/draft/").status_code == 404
    assert client.get("/en/opportunities/later/").status_code == 404


def test_detail_query_count(client, vaccine_project, django_assert_num_queries):
    client.get("/en/opportunities/vaccine-plant/")  # warms the site settings cache
    with django_assert_num_queries(DETAIL_QUERIES):
        client.get("/en/opportunities/vaccine-plant/")


def test_get_absolute_url_resolves(client, vaccine_project):
    assert vaccine_project.get_absolute_url() == "/en/opportunities/vaccine-plant/"


def test_navigation_lists_opportunities_and_the_finder(client, vaccine_project):
    response = client.get("/en/opportunities/")
    assert 'href="/en/opportunities/"' in response.text
    assert 'href="/en/site-finder/"' in response.text


def test_sitemap_lists_published_opportunities_and_the_tools(client, vaccine_project):
    OpportunityFactory(slug="draft-project", status=Status.DRAFT)
    text = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/en/opportunities/vaccine-plant/" in text
    assert "http://testserver/zh-hans/opportunities/vaccine-plant/" in text
    assert "http://testserver/en/site-finder/" in text
    assert "http://testserver/en/policies-for-me/" in text
    assert "draft-project" not in text


@pytest.mark.parametrize(
    ("lang", "on_card", "on_page", "area"),
    [
        ("en", "RMB 100\u2013300 million", "RMB 100\u2013300 million", "20,000 m²"),
        ("zh-hans", "1亿\uff5e3亿元", "1亿\uff5e3亿元", "2万平方米"),
    ],
)
def test_amounts_and_areas_read_for_the_readers_language(
    client, vaccine_project, lang, on_card, on_page, area
):
    assert on_card in client.get(f"/{lang}/opportunities/").text
    text = client.get(f"/{lang}/opportunities/vaccine-plant/").text
    assert on_page in text
    assert area in text
    assert "million CNY" not in text


@pytest.mark.parametrize(
    ("lang", "one", "open_ended"),
    [
        ("en", "RMB 5 million", "up to USD 2 million"),
        ("zh-hans", "500万元", "不超过200万美元"),
    ],
)
def test_one_amount_or_an_upper_bound_reads_plainly(
    client, lab_space, daxing, lang, one, open_ended
):
    OpportunityFactory(
        slug="joint",
        district=daxing,
        amount_min=None,
        amount_max=2 * MILLION,
        currency="USD",
    )
    assert one in client.get(f"/{lang}/opportunities/lab-floor/").text
    assert open_ended in client.get(f"/{lang}/opportunities/joint/").text
