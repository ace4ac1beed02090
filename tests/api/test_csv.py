"""CSV downloads: same rows as the JSON, safe cells, capped, linked from the pages."""

from __future__ import annotations

import pytest
from django.urls import reverse

from apps.core.spreadsheets import safe_cell
from apps.parks.models import ParkKind
from tests.factories.agreements import AgreementFactory, AgreementPartyFactory
from tests.factories.districts import DistrictFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory

from .helpers import ENDPOINTS, read_csv


@pytest.fixture
def parks(daxing):
    other = DistrictFactory(slug="changping")
    for number in range(3):
        ParkFactory(slug=f"science-{number}", district=daxing)
    ParkFactory(slug="base", district=daxing, kind=ParkKind.INDUSTRIAL_BASE)
    ParkFactory(slug="north", district=other)


@pytest.mark.parametrize(
    "query", [{}, {"district": "daxing"}, {"kind": "industrial_base"}]
)
def test_csv_has_a_header_and_the_json_rows_with_the_same_filters(
    api_get, parks, query
):
    json_rows = api_get("/api/v1/parks/", {**query, "page_size": 100}).json()
    response = api_get("/api/v1/parks/", {**query, "format": "csv"})

    rows = read_csv(response)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="parks.csv"'
    assert list(rows[0]) == list(json_rows["results"][0])
    assert [row["slug"] for row in rows] == [r["slug"] for r in json_rows["results"]]
    assert response["X-Total-Count"] == str(json_rows["count"])


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", [*sorted(ENDPOINTS), "indicators"])
def test_every_list_downloads_as_csv(api_get, endpoint):
    response = api_get(f"/api/v1/{endpoint}/", {"format": "csv"})

    assert response.status_code == 200
    assert response.streaming
    assert response.body_text.startswith("\ufeff")
    assert read_csv(response) == []
    assert len(response.body_text.splitlines()) == 1


def test_related_objects_become_names_in_csv(api_get, daxing):
    agreement = AgreementFactory(slug="deal", district=daxing)
    AgreementPartyFactory(
        agreement=agreement, organization=OrganizationFactory(name_en="Alpha")
    )
    AgreementPartyFactory(
        agreement=agreement, organization=OrganizationFactory(name_en="Beta")
    )

    (row,) = read_csv(api_get("/api/v1/agreements/", {"format": "csv"}))

    assert row["district"] == "Daxing"
    assert row["parties"] == "Alpha; Beta"


def test_csv_cells_never_start_a_formula(api_get, daxing):
    ParkFactory(
        slug="evil",
        district=daxing,
        name_en='=HYPERLINK("http://evil.example","x")',
        summary_en="+1+2",
        address_en="@SUM(A1)",
        facilities_en="-2+3",
        longitude="-73.985428",
    )

    (row,) = read_csv(api_get("/api/v1/parks/", {"format": "csv"}))

    assert row["name"] == '\'=HYPERLINK("http://evil.example","x")'
    assert row["summary"] == "'+1+2"
    assert row["address"] == "'@SUM(A1)"
    assert row["facilities"] == "'-2+3"
    # A plain negative number stays a number.
    assert row["longitude"] == "-73.985428"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1", "'=1"), ("\t=1", "'\t=1"), ("plain", "plain"), ("", ""), ("-5", "-5")],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_csv_is_capped(api_get, parks, settings):
    settings.PORTAL_API_CSV_MAX_ROWS = 2

    response = api_get("/api/v1/parks/", {"format": "csv"})

    assert len(read_csv(response)) == 2
    assert response["X-Total-Count"] == "5"
    assert response["X-Rows-Truncated"] == "true"


def test_csv_in_chinese(api_get, daxing):
    ParkFactory(slug="p", district=daxing, name_zh_hans="生命园")

    (row,) = read_csv(api_get("/api/v1/parks/", {"format": "csv", "lang": "zh-hans"}))

    assert row["name"] == "生命园"
    assert row["district"] == "大兴区"


@pytest.mark.parametrize(
    ("url_name", "api_path"),
    [
        ("parks:list", "/api/v1/parks/"),
        ("events:list", "/api/v1/events/"),
        ("agreements:list", "/api/v1/agreements/"),
        ("policies:list", "/api/v1/policies/"),
        ("news:list", "/api/v1/news/"),
        ("districts:list", "/api/v1/districts/"),
        ("opportunities:list", "/api/v1/opportunities/"),
    ],
)
def test_each_public_list_links_to_its_csv(client, db, url_name, api_path):
    response = client.get(reverse(url_name))

    assert f'href="{api_path}?format=csv&amp;lang=en"' in response.text
    assert "Download CSV" in response.text


def test_the_csv_link_keeps_the_page_filters_but_not_the_page(client, parks):
    response = client.get(reverse("parks:list"), {"kind": "science_park", "page": 1})

    href = "/api/v1/parks/?kind=science_park&amp;format=csv&amp;lang=en"
    assert f'href="{href}"' in response.text


def test_the_directory_csv_link_keeps_to_the_directory(client, db):
    response = client.get(reverse("organizations:list"), {"sort": "newest"})

    href = (
        "/api/v1/organizations/?sort=newest&amp;format=csv&amp;lang=en"
        "&amp;directory=true"
    )
    assert f'href="{href}"' in response.text
