"""Contact cards on the district, park, sector, policy and event pages; the
district's and park's own team contact as the fallback card."""

from __future__ import annotations

import io

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from apps.core.models import Status
from tests.districts.test_views import DETAIL_QUERIES as DISTRICT_QUERIES
from tests.factories.contacts import ContactPersonFactory
from tests.factories.events import EventFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory
from tests.parks.test_views import DETAIL_QUERIES as PARK_QUERIES

pytestmark = pytest.mark.django_db


def contact_section(text: str) -> str:
    return text.split('id="contact"')[1].split("</section>")[0]


def test_district_page_shows_the_contact_person_not_the_fallback(client, daxing):
    daxing.contact_name_en = "Daxing team"
    daxing.contact_email = "team@daxing.example"
    daxing.save()
    ContactPersonFactory(
        name_en="Li Rong",
        title_en="Deputy Director",
        office_en="Daxing District Investment Promotion Center",
        phone="010 8929 2038",
        email="li@daxing.example",
        languages_en="Chinese, English",
        districts=[daxing],
    )
    ContactPersonFactory(
        name_en="Draft Person", status=Status.DRAFT, districts=[daxing]
    )
    section = contact_section(client.get("/en/districts/daxing/").text)
    assert "Li Rong" in section
    assert "Deputy Director" in section
    assert "Daxing District Investment Promotion Center" in section
    assert 'href="tel:+861089292038"' in section
    assert "mailto:li@daxing.example" in section
    assert "Languages: Chinese, English" in section
    assert "Draft Person" not in section
    # One home: the district's own contact is the fallback, not shown twice.
    assert "Daxing team" not in section


def test_district_page_falls_back_to_its_team_contact(client, daxing):
    daxing.contact_name_en = "Daxing team"
    daxing.contact_phone = "010 8929 2038"
    daxing.save()
    ContactPersonFactory(
        name_en="Draft Person", status=Status.DRAFT, districts=[daxing]
    )
    section = contact_section(client.get("/en/districts/daxing/").text)
    assert "Daxing team" in section
    assert "+86 10 8929 2038" in section
    assert "Draft Person" not in section


def test_park_page_shows_its_contact_or_its_own_team(client, life_park):
    life_park.contact_name_en = "Base office"
    life_park.save()
    url = life_park.get_absolute_url()
    assert "Base office" in contact_section(client.get(url).text)
    ContactPersonFactory(name_en="Zhao Min", parks=[life_park])
    section = contact_section(client.get(url).text)
    assert "Zhao Min" in section
    assert "Base office" not in section


def test_district_contact_card_in_chinese(client, daxing):
    ContactPersonFactory(
        name_en="Li Rong",
        name_zh_hans="",
        title_zh_hans="副主任",
        office_zh_hans="大兴区投资促进中心",
        districts=[daxing],
    )
    section = contact_section(client.get("/zh-hans/districts/daxing/").text)
    assert "Li Rong" in section
    assert "副主任" in section
    assert "大兴区投资促进中心" in section


def test_a_live_organization_is_linked_on_the_card(client, daxing):
    organization = OrganizationFactory(name_en="Service Center")
    ContactPersonFactory(
        name_en="Li Rong", office_en="", organization=organization, districts=[daxing]
    )
    section = contact_section(client.get("/en/districts/daxing/").text)
    assert f'href="{organization.get_absolute_url()}"' in section


def test_event_page_shows_the_contacts_of_its_district(client, daxing, changping):
    event = EventFactory(district=daxing)
    ContactPersonFactory(name_en="Li Rong", districts=[daxing])
    ContactPersonFactory(name_en="Wang Chang", districts=[changping])
    text = client.get(event.get_absolute_url()).text
    assert "Li Rong" in text
    assert "Wang Chang" not in text


def test_policy_page_shows_the_contacts_of_its_districts_and_sectors(
    client, daxing, changping, biomedicine
):
    policy = PolicyFactory()
    policy.industries.add(biomedicine)
    ContactPersonFactory(name_en="Sector Person", industries=[biomedicine])
    ContactPersonFactory(name_en="Elsewhere Person", districts=[changping])
    text = client.get(policy.get_absolute_url()).text
    assert "Sector Person" in text
    assert "Elsewhere Person" not in text
    policy.districts.add(changping)
    assert "Elsewhere Person" in client.get(policy.get_absolute_url()).text


def test_contacts_page_lists_published_contacts_filtered(client, daxing, changping):
    ContactPersonFactory(name_en="Li Rong", districts=[daxing])
    ContactPersonFactory(name_en="Wang Chang", districts=[changping])
    ContactPersonFactory(name_en="Draft Person", status=Status.DRAFT)
    text = client.get("/en/contacts/").text
    assert "Li Rong" in text
    assert "Wang Chang" in text
    assert "Draft Person" not in text
    filtered = client.get("/en/contacts/?district=daxing").text
    assert "Li Rong" in filtered
    assert "Wang Chang" not in filtered
    assert "联系人" in client.get("/zh-hans/contacts/").text


def test_contacts_page_says_when_none_is_published(client, db):
    text = client.get("/en/contacts/").text
    assert "No contact person is published for these filters yet." in text


@pytest.mark.parametrize("size", [1, 5])
def test_contact_cards_cost_one_query_whatever_their_number(
    client, django_assert_num_queries, daxing, size
):
    for _ in range(size):
        ContactPersonFactory(
            districts=[daxing], organization=OrganizationFactory(), email="a@b.example"
        )
    park = ParkFactory(district=daxing)
    for _ in range(size):
        ContactPersonFactory(parks=[park])
    # The pages' pinned counts (tests/districts, tests/parks) include the cards.
    with django_assert_num_queries(DISTRICT_QUERIES):
        assert client.get("/en/districts/daxing/").status_code == 200
    cache.clear()  # as the parks test counts: the footer's settings read again
    with django_assert_num_queries(PARK_QUERIES):
        assert client.get(park.get_absolute_url()).status_code == 200


def test_contact_photo_is_a_stripped_portrait_thumbnail_with_its_description(
    client, daxing
):
    buffer = io.BytesIO()
    Image.new("RGB", (600, 800), "navy").save(buffer, "JPEG")
    ContactPersonFactory(
        name_en="Li Rong",
        photo=SimpleUploadedFile("li.jpg", buffer.getvalue()),
        photo_alt_en="Li Rong at the 2025 conference",
        districts=[daxing],
    )
    section = contact_section(client.get("/en/districts/daxing/").text)
    assert 'alt="Li Rong at the 2025 conference"' in section
    assert "192x192" in section


@pytest.mark.parametrize("size", [1, 6])
def test_contacts_page_query_count_is_fixed(
    client, django_assert_num_queries, warm_cache, daxing, size
):
    for _ in range(size):
        ContactPersonFactory(districts=[daxing], organization=OrganizationFactory())
    # The chosen district, the filter form's districts, parks and industries, the
    # count, and the page of contacts with their organizations.
    with django_assert_num_queries(6):
        response = client.get("/en/contacts/?district=daxing")
    assert response.status_code == 200
    assert len(response.context["object_list"]) == size
