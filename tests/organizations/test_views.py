from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from apps.agreements.models import PartyRole
from apps.core.models import Status
from apps.organizations.models import (
    DesignationKind,
    Organization,
    OrganizationKind,
    ServiceField,
)
from apps.organizations.views import SERVICES_PER_FIELD
from tests.factories.agreements import AgreementFactory, AgreementPartyFactory
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.events import EventFactory, SpeakerFactory
from tests.factories.organizations import DesignationFactory, OrganizationFactory
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db

LIST = reverse("organizations:list")


def names(response) -> list[str]:
    return [org.name for org in response.context["organizations"]]


def json_ld(response) -> dict:
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S
    )
    assert match, "no JSON-LD script"
    return json.loads(match.group(1))


# --- Directory ---------------------------------------------------------------------


def test_directory_lists_published_companies_and_service_providers_only(client):
    OrganizationFactory(name_en="BeiGene", kind=OrganizationKind.COMPANY)
    OrganizationFactory(name_en="Biocytogen", kind=OrganizationKind.SERVICE_PROVIDER)
    OrganizationFactory(name_en="Health Commission", kind=OrganizationKind.GOVERNMENT)
    OrganizationFactory(name_en="Draft Co", status=Status.DRAFT)
    OrganizationFactory(
        name_en="Scheduled Co", published_at=timezone.now() + dt.timedelta(days=1)
    )
    response = client.get(LIST)
    assert response.status_code == 200
    assert names(response) == ["BeiGene", "Biocytogen"]
    assert "Draft Co" not in response.text
    assert "Scheduled Co" not in response.text


def test_directory_is_served_in_chinese(client):
    OrganizationFactory(name_en="BeiGene", name_zh_hans="百济神州")
    response = client.get("/zh-hans/directory/")
    assert response.status_code == 200
    assert "百济神州" in response.text
    assert "<h1>企业名录</h1>" in response.text


def test_directory_card_shows_kind_place_and_designations_once(client):
    changping = DistrictFactory(name_en="Changping", name_zh_hans="昌平区")
    park = ParkFactory(name_en="Life Science Park", district=changping)
    beigene = OrganizationFactory(name_en="BeiGene", district=changping, park=park)
    DesignationFactory(organization=beigene, kind=DesignationKind.LISTED)
    DesignationFactory(
        organization=beigene, kind=DesignationKind.LISTED, exchange="HKEX"
    )
    DesignationFactory(organization=beigene, kind=DesignationKind.HIGH_TECH)

    english = client.get(LIST).text
    chinese = client.get(LIST.replace("/en/", "/zh-hans/", 1)).text

    assert (
        "Company · Changping · Life Science Park · High-tech enterprise, Listed"
        in english
    )
    assert "昌平区" in chinese
    assert "高新技术企业" in chinese


def test_directory_filters_narrow_and_combine(client):
    daxing, changping = DistrictFactory(slug="daxing"), DistrictFactory(slug="cp")
    park = ParkFactory(slug="life-park", district=changping)
    biomed = IndustryFactory(slug="biomedicine")
    beigene = OrganizationFactory(name_en="BeiGene", district=changping, park=park)
    beigene.industries.add(biomed)
    DesignationFactory(organization=beigene, kind=DesignationKind.LISTED)
    OrganizationFactory(name_en="InnoCare", district=changping)
    OrganizationFactory(
        name_en="Biocytogen", district=daxing, kind=OrganizationKind.SERVICE_PROVIDER
    )

    assert names(client.get(LIST, {"district": "cp"})) == ["BeiGene", "InnoCare"]
    assert names(client.get(LIST, {"park": "life-park"})) == ["BeiGene"]
    assert names(client.get(LIST, {"industry": "biomedicine"})) == ["BeiGene"]
    assert names(client.get(LIST, {"designation": "listed"})) == ["BeiGene"]
    assert names(client.get(LIST, {"kind": "service_provider"})) == ["Biocytogen"]
    assert names(client.get(LIST, {"district": "cp", "q": "inno"})) == ["InnoCare"]
    assert names(client.get(LIST, {"district": "daxing", "q": "inno"})) == []


def test_organization_listed_on_two_exchanges_appears_once(client):
    org = OrganizationFactory(name_en="BeiGene")
    DesignationFactory(organization=org, kind=DesignationKind.LISTED, exchange="HKEX")
    DesignationFactory(organization=org, kind=DesignationKind.LISTED, exchange="SSE")
    assert names(client.get(LIST, {"designation": "listed"})) == ["BeiGene"]


def test_search_matches_chinese_and_short_names(client):
    OrganizationFactory(name_en="BeiGene", name_zh_hans="百济神州")
    OrganizationFactory(name_en="InnoCare Pharma", short_name_en="InnoCare")
    OrganizationFactory(name_en="Wantai BioPharm")
    assert names(client.get(LIST, {"q": "百济"})) == ["BeiGene"]
    assert names(client.get(LIST, {"q": "innocare"})) == ["InnoCare Pharma"]


def test_directory_sorts_by_name_both_ways_and_by_newest(client):
    now = timezone.now()
    OrganizationFactory(name_en="beta", published_at=now - dt.timedelta(days=3))
    OrganizationFactory(name_en="Alpha", published_at=now - dt.timedelta(days=1))
    OrganizationFactory(name_en="Gamma", published_at=now - dt.timedelta(days=2))
    assert names(client.get(LIST)) == ["Alpha", "beta", "Gamma"]
    assert names(client.get(LIST, {"sort": "-name"})) == ["Gamma", "beta", "Alpha"]
    assert names(client.get(LIST, {"sort": "newest"})) == ["Alpha", "Gamma", "beta"]
    assert names(client.get(LIST, {"sort": "price"})) == ["Alpha", "beta", "Gamma"]


@pytest.mark.parametrize(
    "params",
    [
        {"district": "nowhere"},
        {"kind": "government"},
        {"designation": "<script>"},
        {"industry": "x" * 500},
        {"q": "x" * 500},
        {"park": "1' OR 1=1"},
    ],
)
def test_bad_filter_values_show_an_error_not_a_500(client, params):
    OrganizationFactory(name_en="BeiGene")
    response = client.get(LIST, params)
    assert response.status_code == 200
    assert names(response) == []
    assert "Some filters are not valid" in response.text


@pytest.mark.parametrize("page", ["abc", "999", "-1", "0"])
def test_bad_page_numbers_give_404_not_500(client, page):
    OrganizationFactory()
    assert client.get(LIST, {"page": page}).status_code == 404


def test_pagination_keeps_the_filters(client, settings):
    for n in range(25):
        OrganizationFactory(name_en=f"Company {n:02}", kind=OrganizationKind.COMPANY)
    response = client.get(LIST, {"kind": "company"})
    assert len(names(response)) == settings.PORTAL_PAGE_SIZE
    assert "?kind=company&amp;page=2" in response.text
    second = client.get(LIST, {"kind": "company", "page": 2})
    assert names(second) == [
        "Company 20",
        "Company 21",
        "Company 22",
        "Company 23",
        "Company 24",
    ]


def _directory_data(count: int) -> None:
    district = DistrictFactory()
    park = ParkFactory(district=district)
    industry = IndustryFactory()
    for _ in range(count):
        org = OrganizationFactory(district=district, park=park)
        org.industries.add(industry)
        DesignationFactory(organization=org)


@pytest.mark.parametrize("count", [1, 30])
def test_directory_costs_five_queries_whatever_the_data(
    client, django_assert_num_queries, warm_cache, count
):
    _directory_data(count)
    # Three choice lists, the count, the page (with its designations).
    with django_assert_num_queries(5):
        response = client.get(
            LIST, {"q": "organ", "designation": "high_tech", "sort": "-name"}
        )
    assert response.status_code == 200
    assert response.context["paginator"].count == count


# --- Detail ------------------------------------------------------------------------


def test_draft_and_scheduled_organizations_return_404(client):
    draft = OrganizationFactory(status=Status.DRAFT)
    later = OrganizationFactory(published_at=timezone.now() + dt.timedelta(hours=1))
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(later.get_absolute_url()).status_code == 404


def test_a_companys_contact_button_opens_the_form_about_that_company(client):
    district = DistrictFactory(name_en="Changping", slug="changping")
    org = OrganizationFactory(name_en="BeiGene", slug="beigene", district=district)
    text = client.get(org.get_absolute_url()).text
    link = "/en/contact/?kind=general&amp;organization=beigene"
    assert link in text
    # The page's own district object is never taken for a slug.
    assert "district=" not in text.split(link)[1].split('"')[0]
    assert "Pass: label" not in text  # the include's comment stays hidden
    form = client.get(link.replace("&amp;", "&")).text
    assert '<span class="badge">BeiGene</span>' in form


def test_organization_page_shows_its_facts_and_designations(client):
    district = DistrictFactory(name_en="Changping")
    park = ParkFactory(name_en="Zhongguancun Life Science Park", district=district)
    org = OrganizationFactory(
        name_en="BeiGene",
        description_en="An oncology company.",
        district=district,
        park=park,
        website="https://www.beigene.com/",
    )
    org.industries.add(IndustryFactory(name_en="Biomedicine"))
    DesignationFactory(
        organization=org,
        kind=DesignationKind.LISTED,
        exchange="HKEX",
        stock_code="06160",
    )
    response = client.get(org.get_absolute_url())
    assert response.status_code == 200
    text = response.text
    for expected in (
        "An oncology company.",
        "Changping",
        "Zhongguancun Life Science Park",
        "Biomedicine",
        "Listed (HKEX 06160)",
        'href="https://www.beigene.com/"',
    ):
        assert expected in text


def test_government_units_have_a_page_too(client):
    org = OrganizationFactory(kind=OrganizationKind.GOVERNMENT)
    assert client.get(org.get_absolute_url()).status_code == 200


def test_organization_page_lists_public_agreements_with_role(client):
    org = OrganizationFactory()
    AgreementPartyFactory(
        organization=org,
        agreement=AgreementFactory(title_en="Strategic cooperation"),
        role=PartyRole.LEAD,
    )
    AgreementPartyFactory(
        organization=org, agreement=AgreementFactory(title_en="Secret", status="draft")
    )
    response = client.get(org.get_absolute_url())
    assert "Strategic cooperation" in response.text
    assert "Lead party" in response.text
    assert "Secret" not in response.text


def test_organization_page_lists_events_it_organized_exhibited_or_spoke_at(client):
    org = OrganizationFactory()
    organized = EventFactory(title_en="Corridor conference")
    organized.organizers.add(org)
    exhibited = EventFactory(title_en="Life Science Forum")
    exhibited.exhibitors.add(org)
    SpeakerFactory(event=EventFactory(title_en="Briefing"), organization=org)
    EventFactory(title_en="Draft forum", status=Status.DRAFT).organizers.add(org)
    EventFactory(title_en="Unrelated forum")
    response = client.get(org.get_absolute_url())
    events = {event.title: event for event in response.context["events"]}
    assert set(events) == {"Corridor conference", "Life Science Forum", "Briefing"}
    assert events["Corridor conference"].is_organizer
    assert events["Life Science Forum"].is_exhibitor
    assert events["Briefing"].is_speaker
    assert not events["Briefing"].is_organizer


def test_service_provider_page_offers_a_service_inquiry(client):
    org = OrganizationFactory(
        slug="biocytogen",
        kind=OrganizationKind.SERVICE_PROVIDER,
        service_fields=[ServiceField.CRO_CDMO],
    )
    response = client.get(org.get_absolute_url())
    assert "?kind=service&amp;organization=biocytogen" in response.text


def test_organization_page_has_json_ld_organization(client):
    org = OrganizationFactory(
        name_en="Bio </script><script>alert(1)</script>", website="https://x.example/"
    )
    response = client.get(org.get_absolute_url())
    data = json_ld(response)
    assert data["@type"] == "Organization"
    assert data["name"] == org.name_en
    assert data["url"] == "https://x.example/"
    assert "<script>alert(1)" not in response.text


def _detail_data(count: int):
    org = OrganizationFactory(district=DistrictFactory(), park=ParkFactory())
    for _ in range(count):
        org.industries.add(IndustryFactory())
        DesignationFactory(organization=org, exchange=f"X{_}")
        AgreementPartyFactory(organization=org)
        EventFactory().organizers.add(org)
        SpeakerFactory(organization=org)
    return org


@pytest.mark.parametrize("count", [1, 12])
def test_organization_page_costs_six_queries_whatever_the_data(
    client, django_assert_num_queries, warm_cache, count
):
    org = _detail_data(count)
    # Five, and its success stories.
    with django_assert_num_queries(6):
        response = client.get(org.get_absolute_url())
    assert len(response.context["events"]) == 2 * count


# --- Services ----------------------------------------------------------------------


def test_services_page_groups_providers_by_field(client):
    OrganizationFactory(
        name_en="Biocytogen",
        slug="biocytogen",
        kind=OrganizationKind.SERVICE_PROVIDER,
        service_fields=[ServiceField.CRO_CDMO, ServiceField.CLINICAL_TRANSLATION],
    )
    OrganizationFactory(
        name_en="Torch Medical Transformation Base",
        kind=OrganizationKind.UNIVERSITY,
        service_fields=[ServiceField.CLINICAL_TRANSLATION],
    )
    OrganizationFactory(
        name_en="Draft CRO", status=Status.DRAFT, service_fields=[ServiceField.CRO_CDMO]
    )
    OrganizationFactory(name_en="Plain company")
    response = client.get(reverse("organizations:services"))
    assert response.status_code == 200
    groups = {
        field.value: [o.name for o in orgs]
        for field, orgs in response.context["groups"]
    }
    assert groups["cro_cdmo"] == ["Biocytogen"]
    assert groups["clinical_translation"] == [
        "Biocytogen",
        "Torch Medical Transformation Base",
    ]
    assert groups["device_rd"] == []
    totals = response.context["totals"]
    assert (totals["cro_cdmo"], totals["clinical_translation"]) == (1, 2)
    assert "Draft CRO" not in response.text
    assert "Plain company" not in response.text
    assert (
        reverse("organizations:detail", kwargs={"slug": "biocytogen"}) in response.text
    )
    assert "?kind=service&amp;organization=biocytogen" in response.text


@pytest.mark.parametrize("count", [1, 15])
def test_services_page_costs_two_queries_whatever_the_data(
    client, django_assert_num_queries, warm_cache, count
):
    for _ in range(count):
        OrganizationFactory(
            district=DistrictFactory(), service_fields=[ServiceField.DEVICE_RD]
        )
    # The first providers of every field, and the fields' totals (kept per content
    # generation when the page cache is on; tests run with it off).
    with django_assert_num_queries(2):
        response = client.get(reverse("organizations:services"))
    assert response.status_code == 200
    assert response.context["totals"]["device_rd"] == count


def test_services_totals_are_read_once_per_content_generation(
    django_assert_num_queries, settings
):
    settings.PORTAL_PAGE_CACHE_SECONDS = 60
    OrganizationFactory(service_fields=[ServiceField.DEVICE_RD])
    Organization.objects.top_by_service_field(SERVICES_PER_FIELD)
    with django_assert_num_queries(1):
        groups = Organization.objects.top_by_service_field(SERVICES_PER_FIELD)
    assert [total for _f, _p, total in groups] == [0, 0, 1, 0, 0]
    # A content change counts again.
    OrganizationFactory(service_fields=[ServiceField.DEVICE_RD])
    groups = Organization.objects.top_by_service_field(SERVICES_PER_FIELD)
    assert [total for _f, _p, total in groups] == [0, 0, 2, 0, 0]


def test_filter_form_offers_places_by_name_in_the_readers_language(client):
    DistrictFactory(slug="daxing", name_en="Daxing", name_zh_hans="大兴区")
    english = client.get(LIST).text
    assert '<option value="" selected>All districts</option>' in english
    assert '<option value="daxing">Daxing</option>' in english
    assert "---------" not in english
    chinese = client.get("/zh-hans/directory/").text
    assert '<option value="daxing">大兴区</option>' in chinese
