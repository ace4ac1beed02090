"""An inquiry about a district, park or sector goes to the contact person who
covers it (the team notice) and suggests them in the queue; without one, to the
district's inquiry address, then the office's."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command

from apps.core.models import Status
from apps.inquiries.models import Inquiry, OutboxMessage
from tests.factories.contacts import ContactPersonFactory
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db


def notice_to() -> str:
    return OutboxMessage.objects.get(kind="notice").to


def test_district_inquiry_goes_to_the_contact_who_covers_it(
    submit, form_data, district
):
    li = ContactPersonFactory(
        name_en="Li Rong", email="li@daxing.example", districts=[district]
    )
    submit(form_data(district="daxing"))
    assert notice_to() == "li@daxing.example"
    assert Inquiry.objects.get().suggested_contact == li
    call_command("send_outbox")
    assert "li@daxing.example" in [m.to[0] for m in mail.outbox]


def test_contact_without_email_is_suggested_and_the_district_address_notified(
    submit, form_data, district
):
    li = ContactPersonFactory(name_en="Li Rong", email="", districts=[district])
    submit(form_data(district="daxing"))
    assert notice_to() == "daxing-team@invest.example"
    assert Inquiry.objects.get().suggested_contact == li


def test_without_a_contact_the_district_address_then_the_office(
    submit, form_data, district
):
    ContactPersonFactory(
        email="draft@invest.example", status=Status.DRAFT, districts=[district]
    )
    submit(form_data(district="daxing"))
    assert notice_to() == "daxing-team@invest.example"
    assert Inquiry.objects.get().suggested_contact is None
    OutboxMessage.objects.all().delete()
    DistrictFactory(slug="changping", name_en="Changping")
    submit(form_data(district="changping", email="other@example.com"))
    assert notice_to() == "office@invest.example"


def test_park_contact_comes_before_the_districts(submit, form_data, district):
    park = ParkFactory(district=district, slug="bio-base")
    ContactPersonFactory(email="district@invest.example", districts=[district])
    ContactPersonFactory(email="park@invest.example", parks=[park])
    submit(form_data(park="bio-base"))
    assert notice_to() == "park@invest.example"


def test_district_and_sector_contact_comes_before_the_district_only(
    submit, form_data, district
):
    devices = IndustryFactory(slug="devices")
    ContactPersonFactory(email="general@invest.example", districts=[district], order=0)
    ContactPersonFactory(
        email="devices@invest.example",
        districts=[district],
        industries=[devices],
        order=9,
    )
    submit(form_data(district="daxing", industry="devices"))
    assert notice_to() == "devices@invest.example"


def test_sector_inquiry_goes_to_the_sector_contact(submit, form_data, db):
    devices = IndustryFactory(slug="devices")
    ContactPersonFactory(email="devices@invest.example", industries=[devices])
    submit(form_data(industry="devices"))
    assert notice_to() == "devices@invest.example"


def test_sector_contact_of_another_district_is_not_this_districts(
    submit, form_data, district
):
    devices = IndustryFactory(slug="devices")
    changping = DistrictFactory(slug="changping")
    ContactPersonFactory(
        email="changping-devices@invest.example",
        districts=[changping],
        industries=[devices],
    )
    submit(form_data(district="daxing", industry="devices"))
    assert notice_to() == "daxing-team@invest.example"


def test_queue_shows_and_filters_by_the_suggested_contact(
    client, submit, form_data, district
):
    li = ContactPersonFactory(name_en="Li Rong", title_en="", districts=[district])
    submit(form_data(district="daxing"))
    submit(form_data(kind="general", email="other@example.com"))
    admin = get_user_model().objects.create_superuser(
        "root", "root@invest.example", "a-strong-pass-123"
    )
    client.force_login(admin)
    queue = client.get("/admin/inquiries/inquiry/")
    assert "Suggested contact" in queue.text
    assert "Li Rong" in queue.text
    filtered = client.get(
        f"/admin/inquiries/inquiry/?suggested_contact__id__exact={li.pk}"
    )
    assert filtered.context["cl"].result_count == 1
