"""The investment opportunities endpoint: published only, the page's filters, CSV."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from apps.opportunities.filters import OpportunityFilter
from apps.opportunities.models import OpportunityKind
from tests.factories.districts import DistrictFactory
from tests.factories.opportunities import OpportunityFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory

from .helpers import draft, read_csv, scheduled


def slugs(response) -> list[str]:
    assert response.status_code == 200, response.body_text
    return [item["slug"] for item in response.json()["results"]]


def page_slugs(client, query: dict) -> list[str]:
    response = client.get(reverse("opportunities:list"), query)
    assert response.status_code == 200
    return [item.slug for item in response.context["opportunity_list"]]


@pytest.fixture
def opportunities(daxing):
    """Five published opportunities (and a draft) over two districts."""
    changping = DistrictFactory(name_en="Changping", slug="changping")
    biomedicine = daxing.industries.get()
    promoter = OrganizationFactory(name_en="Open Co", slug="open-co")
    now = timezone.now()
    m = 10**6  # stored in yuan; the value filters read millions
    made = [
        ("lab", daxing, OpportunityKind.PROJECT, 10 * m, 20 * m, [biomedicine]),
        ("floor", daxing, OpportunityKind.SPACE, None, None, []),
        ("plant", daxing, OpportunityKind.PROJECT, 300 * m, None, [biomedicine]),
        ("joint", changping, OpportunityKind.PARTNERSHIP, None, 5 * m, []),
        ("north", changping, OpportunityKind.PROJECT, 50 * m, 80 * m, [biomedicine]),
    ]
    for age, (slug, district, kind, low, high, industries) in enumerate(made):
        OpportunityFactory(
            slug=slug,
            district=district,
            kind=kind,
            amount_min=low,
            amount_max=high,
            industries=industries,
            promoter=promoter,
            published_at=now - dt.timedelta(hours=age + 1),
        )
    draft(OpportunityFactory, slug="draft-deal", district=daxing)


def test_list_is_newest_first_with_every_published_opportunity(api_get, opportunities):
    body = api_get("/api/v1/opportunities/").json()

    assert body["count"] == 5
    assert [item["slug"] for item in body["results"]] == [
        "lab",
        "floor",
        "plant",
        "joint",
        "north",
    ]


def test_an_opportunity_gives_its_facts_and_description(api_get, daxing):
    park = ParkFactory(name_en="Life park", slug="life-park", district=daxing)
    OpportunityFactory(
        slug="lab",
        title_en="Lab building",
        kind=OpportunityKind.SPACE,
        district=daxing,
        park=park,
        promoter=OrganizationFactory(name_en="Open Co", slug="open-co"),
        industries=[daxing.industries.get()],
        amount_min="12500000",
        amount_max=40_000_000,
        area_sqm=5000,
        decision_months=6,
        latitude="39.726900",
        longitude="116.341400",
        body_en="Four floors.",
        contact_name_en="Ms Li",
    )

    body = api_get("/api/v1/opportunities/lab/").json()

    assert body["title"] == "Lab building"
    assert body["kind"] == "space"
    assert body["district"] == {"slug": "daxing", "name": "Daxing"}
    assert body["park"] == {"slug": "life-park", "name": "Life park"}
    assert body["promoter"] == {"slug": "open-co", "name": "Open Co"}
    assert body["industries"] == [{"slug": "biomedicine", "name": "Biomedicine"}]
    # In the currency's base unit (yuan), with the currency as the unit code.
    assert (body["amount_min"], body["amount_max"]) == ("12500000.00", "40000000.00")
    assert body["currency"] == "CNY"
    assert (body["area_sqm"], body["decision_months"]) == ("5000", 6)
    assert (body["latitude"], body["longitude"]) == ("39.726900", "116.341400")
    assert body["planning_status"] == "planned"
    assert body["contact_name"] == "Ms Li"
    assert body["body"] == "Four floors."
    assert body["url"] == "http://testserver/en/opportunities/lab/"
    # The list leaves the description out, as every list does.
    (row,) = api_get("/api/v1/opportunities/").json()["results"]
    assert "body" not in row
    assert row["slug"] == "lab"


def test_draft_promoter_park_and_district_are_null_not_leaked(api_get, db):
    hidden_district = draft(DistrictFactory, name_en="Secret", slug="secret-d")
    OpportunityFactory(
        slug="deal",
        district=hidden_district,
        park=scheduled(ParkFactory, name_en="Later park", slug="later-park"),
        promoter=draft(OrganizationFactory, name_en="Hidden Co", slug="hidden-co"),
    )

    item = api_get("/api/v1/opportunities/deal/")
    (row,) = read_csv(api_get("/api/v1/opportunities/", {"format": "csv"}))

    body = item.json()
    assert (body["district"], body["park"], body["promoter"]) == (None, None, None)
    for text in (item.body_text, str(row)):
        assert "secret" not in text.lower()
        assert "later" not in text.lower()
        assert "hidden" not in text.lower()
    assert (row["district"], row["park"], row["promoter"]) == ("", "", "")


@pytest.mark.parametrize(
    "query",
    [
        {"district": "daxing"},
        {"kind": "project"},
        {"industry": "biomedicine"},
        {"district": "changping", "kind": "project"},
        {"value_min": "25"},
        {"value_max": "15"},
        {"value_min": "15", "value_max": "60"},
        {"value_min": "0.5", "industry": "biomedicine", "district": "daxing"},
    ],
)
def test_filters_narrow_as_on_the_opportunities_page(
    client, api_get, opportunities, query
):
    api = slugs(api_get("/api/v1/opportunities/", query))

    assert api == page_slugs(client, query)
    assert 0 < len(api) < 5


def test_value_filters_keep_ranges_that_overlap(api_get, opportunities):
    def found(query):
        return set(slugs(api_get("/api/v1/opportunities/", query)))

    # lab 10 to 20, plant 300+, joint up to 5, north 50 to 80; floor has no amount.
    assert found({"value_min": "25"}) == {"plant", "north"}
    assert found({"value_max": "15"}) == {"lab", "joint"}
    assert found({"value_min": "15", "value_max": "60"}) == {"lab", "north"}


def test_a_district_published_after_start_up_can_be_filtered(api_get, db):
    # The filter's district list reads the clock per request, not once at import.
    assert "district" in OpportunityFilter.base_filters  # imported already
    with time_machine.travel(timezone.now() + dt.timedelta(days=1)):
        fresh = DistrictFactory(slug="fresh", published_at=timezone.now())
        OpportunityFactory(slug="new", district=fresh)
        OpportunityFactory(slug="other")

        found = slugs(api_get("/api/v1/opportunities/", {"district": "fresh"}))

    assert found == ["new"]


def test_a_scheduled_opportunity_appears_when_its_time_comes(api_get, daxing):
    start = timezone.now()
    OpportunityFactory(
        slug="soon", district=daxing, published_at=start + dt.timedelta(days=2)
    )

    assert slugs(api_get("/api/v1/opportunities/")) == []
    assert api_get("/api/v1/opportunities/soon/").status_code == 404
    with time_machine.travel(start + dt.timedelta(days=3)):
        assert slugs(api_get("/api/v1/opportunities/")) == ["soon"]
        assert api_get("/api/v1/opportunities/soon/").status_code == 200


def test_pages_of_opportunities(api_get, opportunities):
    first = api_get("/api/v1/opportunities/", {"page_size": 2}).json()
    second = api_get(first["next"]).json()
    last = api_get("/api/v1/opportunities/", {"page_size": 2, "page": 3}).json()

    assert first["count"] == 5
    assert first["previous"] is None
    assert [item["slug"] for item in first["results"]] == ["lab", "floor"]
    assert [item["slug"] for item in second["results"]] == ["plant", "joint"]
    assert second["previous"].endswith("/api/v1/opportunities/?page_size=2")
    assert last["next"] is None
    assert [item["slug"] for item in last["results"]] == ["north"]
    assert api_get("/api/v1/opportunities/", {"page": 4}).status_code == 404


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"kind": "castle"}, "kind"),
        ({"district": "atlantis"}, "district"),
        ({"district": "secret-district"}, "district"),
        ({"industry": "nowhere"}, "industry"),
        ({"value_min": "abc"}, "value_min"),
        ({"value_min": "-1"}, "value_min"),
        ({"value_min": "NaN"}, "value_min"),
        ({"value_max": "1e400"}, "value_max"),
        ({"value_max": "100000000001"}, "value_max"),
        ({"value_min": "50", "value_max": "10"}, "value_max"),
        ({"page": "0"}, "page"),
        ({"page_size": "abc"}, "page_size"),
        ({"lang": "fr"}, "lang"),
        ({"format": "csv", "kind": "castle"}, "kind"),
    ],
)
def test_bad_parameters_give_a_400_json_error(
    api_get, opportunities, hidden_district, query, field
):
    response = api_get("/api/v1/opportunities/", query)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert field in response.json()


@pytest.mark.parametrize(
    "query", [{}, {"district": "changping"}, {"value_min": "15", "value_max": "60"}]
)
def test_csv_rows_match_the_json_with_the_same_filters(api_get, opportunities, query):
    json_rows = api_get("/api/v1/opportunities/", {**query, "page_size": 100}).json()
    response = api_get("/api/v1/opportunities/", {**query, "format": "csv"})

    rows = read_csv(response)
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="opportunities.csv"'
    )
    assert list(rows[0]) == list(json_rows["results"][0])
    assert [row["slug"] for row in rows] == [r["slug"] for r in json_rows["results"]]
    assert response["X-Total-Count"] == str(json_rows["count"])
    assert rows[0]["promoter"] == "Open Co"


def test_csv_cells_of_an_opportunity_never_start_a_formula(api_get, daxing):
    OpportunityFactory(
        slug="evil",
        district=daxing,
        title_en='=HYPERLINK("http://evil.example","x")',
        summary_en="+1+2",
        contact_name_en="@SUM(A1)",
        contact_phone="-2+3",
        longitude="-73.985428",
    )

    (row,) = read_csv(api_get("/api/v1/opportunities/", {"format": "csv"}))

    assert row["title"] == '\'=HYPERLINK("http://evil.example","x")'
    assert row["summary"] == "'+1+2"
    assert row["contact_name"] == "'@SUM(A1)"
    assert row["contact_phone"] == "'-2+3"
    assert row["longitude"] == "-73.985428"


def test_csv_in_chinese(api_get, daxing):
    OpportunityFactory(slug="lab", district=daxing, title_zh_hans="实验楼")

    query = {"format": "csv", "lang": "zh-hans"}
    (row,) = read_csv(api_get("/api/v1/opportunities/", query))

    assert row["title"] == "实验楼"
    assert row["district"] == "大兴区"
    assert row["url"] == "http://testserver/zh-hans/opportunities/lab/"


def test_the_page_csv_link_keeps_its_filters_but_not_the_page(client, opportunities):
    query = {"kind": "project", "value_min": "5", "page": 1}

    response = client.get(reverse("opportunities:list"), query)

    href = (
        "/api/v1/opportunities/?kind=project&amp;value_min=5&amp;format=csv&amp;lang=en"
    )
    assert f'href="{href}"' in response.text
    assert "Download CSV" in response.text


def test_the_chinese_page_links_to_the_chinese_csv(client, db):
    response = client.get("/zh-hans/opportunities/")

    assert 'href="/api/v1/opportunities/?format=csv&amp;lang=zh-hans"' in (
        response.text
    )
