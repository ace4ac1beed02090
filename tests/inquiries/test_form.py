from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from apps.core.models import Status
from apps.inquiries import abuse
from apps.inquiries.models import Inquiry, InquiryStatus, OutboxMessage, OutboxStatus
from tests.factories.districts import DistrictFactory, IndustryFactory
from tests.factories.events import EventFactory
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db


def test_valid_inquiry_is_saved_with_two_mails_and_thanks_shows_reference(
    submit, client, district, form_data
):
    response = submit(form_data(district="daxing"))

    assert response.status_code == 302
    assert response.url == "/en/contact/thanks/"
    inquiry = Inquiry.objects.get()
    assert re.fullmatch(r"INQ-\d{4}-\d{6}", inquiry.reference)
    assert inquiry.reference.startswith(f"INQ-{timezone.localdate().year}-")
    assert inquiry.status == InquiryStatus.NEW
    assert inquiry.district == district
    assert inquiry.concerns == "Daxing"
    messages = {m.kind: m for m in OutboxMessage.objects.filter(inquiry=inquiry)}
    assert set(messages) == {"acknowledgement", "notice"}
    assert messages["acknowledgement"].to == "anna@example.com"
    assert inquiry.reference in messages["acknowledgement"].subject
    assert messages["notice"].to == "daxing-team@invest.example"
    assert messages["notice"].reply_to == "anna@example.com"
    # Nothing is sent in the request; the worker sends both once.
    assert all(m.status == OutboxStatus.PENDING for m in messages.values())
    assert mail.outbox == []
    call_command("send_outbox")
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {
        OutboxStatus.SENT
    }
    assert sorted(m.to[0] for m in mail.outbox) == [
        "anna@example.com",
        "daxing-team@invest.example",
    ]

    thanks = client.get(response.url)
    assert inquiry.reference in thanks.content.decode()
    # Reloading the confirmation shows it again.
    assert inquiry.reference in client.get(response.url).content.decode()


def test_references_are_unique_and_increasing(submit, form_data):
    submit(form_data())
    submit(form_data(email="other@example.com"))
    first, second = Inquiry.objects.order_by("pk").values_list("reference", flat=True)
    assert first != second
    assert int(second[-6:]) > int(first[-6:])


def test_notice_goes_to_the_office_without_a_district_address(submit, form_data):
    submit(form_data(kind="general"))
    notice = OutboxMessage.objects.get(kind="notice")
    assert notice.to == "office@invest.example"


def test_acknowledgement_is_written_in_the_preferred_language(submit, form_data):
    submit(form_data(language="zh-hans"))
    ack = OutboxMessage.objects.get(kind="acknowledgement")
    assert ack.language == "zh-hans"
    assert "我们已收到您的咨询" in ack.subject
    notice = OutboxMessage.objects.get(kind="notice")
    assert notice.subject.startswith("New inquiry")


def test_thanks_without_a_submission_goes_back_to_the_form(client):
    response = client.get("/en/contact/thanks/")
    assert response.status_code == 302
    assert response.url == "/en/contact/"


def test_form_is_prefilled_from_the_query_and_shows_what_it_is_about(client, district):
    response = client.get("/en/contact/?kind=invest&district=daxing")
    html = response.content.decode()
    assert response.status_code == 200
    assert "About:" in html
    assert "Daxing" in html
    assert re.search(r'<option value="invest" selected>', html)
    assert re.search(r'<option value="daxing" selected>', html)
    assert 'name="csrfmiddlewaretoken"' in html


def test_language_defaults_to_the_page_language(client):
    html = client.get("/zh-hans/contact/").content.decode()
    assert re.search(r'<option value="zh-hans" selected>', html)


def test_unknown_or_draft_slugs_are_ignored_on_get(client, district):
    ParkFactory(slug="draft-park", status=Status.DRAFT)
    response = client.get(
        "/en/contact/?kind=nonsense&district=nowhere&park=draft-park&event=" + "x" * 500
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "About:" not in html
    assert 'value="draft-park"' not in html


@pytest.mark.parametrize("value", ["nowhere", "12345", "x" * 300])
def test_unknown_district_on_post_is_a_field_error(submit, form_data, district, value):
    response = submit(form_data(district=value))
    assert response.status_code == 200
    assert "This choice is not available any more." in response.content.decode()
    assert not Inquiry.objects.exists()


def test_draft_park_on_post_is_an_error(submit, form_data):
    ParkFactory(slug="hidden", status=Status.DRAFT)
    response = submit(form_data(park="hidden"))
    assert response.status_code == 200
    assert "This choice is not available any more." in response.content.decode()
    assert not Inquiry.objects.exists()


def test_hidden_park_is_shown_and_saved(submit, client, form_data):
    park = ParkFactory(name_en="Zhongguancun Life Science Park", slug="zgc-life")
    html = client.get("/en/contact/?park=zgc-life").content.decode()
    assert "Zhongguancun Life Science Park" in html
    submit(form_data(park="zgc-life"))
    assert Inquiry.objects.get().park == park


def test_an_inquiry_about_a_park_goes_to_the_parks_district(
    submit, form_data, district
):
    ParkFactory(slug="daxing-bio", district=district)
    submit(form_data(park="daxing-bio"))
    inquiry = Inquiry.objects.get()
    assert inquiry.district == district
    notice = OutboxMessage.objects.get(inquiry=inquiry, kind="notice")
    assert notice.to == "daxing-team@invest.example"


def test_a_district_chosen_by_the_sender_wins_over_the_parks(
    submit, form_data, district
):
    other = DistrictFactory(slug="changping", name_en="Changping")
    ParkFactory(slug="cp-park", district=other)
    submit(form_data(park="cp-park", district="daxing"))
    assert Inquiry.objects.get().district == district


def test_an_inquiry_about_an_event_goes_to_the_events_district(
    submit, form_data, district
):
    EventFactory(slug="forum", district=district, registration_open=True)
    submit(form_data(kind="event_registration", event="forum"))
    assert Inquiry.objects.get().district == district


def test_event_registration_while_registration_is_open(submit, form_data):
    event = EventFactory(slug="forum", registration_open=True)
    submit(form_data(kind="event_registration", event="forum"))
    assert Inquiry.objects.get().event == event


def test_event_registration_is_refused_when_closed(submit, form_data):
    EventFactory(slug="forum", registration_open=False)
    response = submit(form_data(kind="event_registration", event="forum"))
    assert "Registration for this event is closed." in response.content.decode()
    assert not Inquiry.objects.exists()


def test_event_registration_is_refused_after_the_event(submit, form_data):
    EventFactory(
        slug="past",
        registration_open=True,
        starts_at=timezone.now() - dt.timedelta(days=3),
        ends_at=timezone.now() - dt.timedelta(days=2),
    )
    response = submit(form_data(kind="event_registration", event="past"))
    assert "Registration for this event is closed." in response.content.decode()
    assert not Inquiry.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("email", "not-an-address", "Enter a valid email address."),
        ("name", "x" * 201, "Ensure this value has at most 200 characters"),
        ("organization", "x" * 201, "Ensure this value has at most 200 characters"),
        ("message", "x" * 5001, "Ensure this value has at most 5000 characters"),
        ("phone", "call me maybe", "Enter a valid phone number"),
        ("phone", "+86 12345", "Enter a valid phone number"),
        ("phone", "123", "Ensure this value has at least 5 characters"),
        ("name", "", "This field is required."),
        ("kind", "status", "Select a valid choice."),
        ("language", "fr", "Select a valid choice."),
    ],
)
def test_bad_input_is_a_field_error_and_stores_nothing(
    submit, form_data, field, value, error
):
    response = submit(form_data(**{field: value}))
    html = response.content.decode()
    assert response.status_code == 200
    assert error in html
    assert "field--error" in html
    assert not Inquiry.objects.exists()


def test_typed_values_are_kept_on_error(submit, form_data):
    response = submit(form_data(email="bad", message="Our project in detail."))
    html = response.content.decode()
    assert 'value="Anna Schmidt"' in html
    assert "Our project in detail." in html


def test_missing_consent_is_an_error(submit, form_data):
    data = form_data()
    del data["consent"]
    response = submit(data)
    assert "Please agree to the privacy notice" in response.content.decode()
    assert not Inquiry.objects.exists()


def test_consent_links_to_the_privacy_notice(client):
    html = client.get("/en/contact/").content.decode()
    assert 'href="/en/contact/privacy/"' in html
    privacy = client.get("/en/contact/privacy/")
    assert privacy.status_code == 200
    assert "How long we keep it" in privacy.content.decode()


def test_errors_are_in_chinese_on_the_chinese_form(submit, form_data):
    data = form_data(email="bad", language="zh-hans")
    del data["consent"]
    response = submit(data, language="zh-hans")
    html = response.content.decode()
    assert "输入一个有效的 Email 地址。" in html
    assert "请同意隐私声明" in html
    assert "Please agree" not in html


def test_honeypot_filled_looks_like_success_and_stores_nothing(
    submit, client, form_data
):
    response = submit(form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert response.url == "/en/contact/thanks/"
    assert "INQ-" in client.get(response.url).content.decode()
    assert not Inquiry.objects.exists()
    assert not OutboxMessage.objects.exists()
    assert mail.outbox == []


def test_honeypot_is_hidden_from_people(client):
    html = client.get("/en/contact/").content.decode()
    field = re.search(r'<input[^>]*name="website"[^>]*>', html).group(0)
    assert 'tabindex="-1"' in field
    assert 'autocomplete="off"' in field
    assert 'class="inquiry-hp"' in field
    assert '<div class="inquiry-hp" aria-hidden="true">' in html


def test_sent_too_fast_is_kept_as_spam_without_mail(submit, form_data, settings):
    settings.PORTAL_INQUIRY_MIN_SECONDS = 3
    response = submit(form_data(started=abuse.form_token()))
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.status == InquiryStatus.SPAM
    assert "after the form was shown" in inquiry.spam_reason
    assert not OutboxMessage.objects.exists()


def test_sent_after_the_minimum_time_is_new(submit, form_data, settings):
    settings.PORTAL_INQUIRY_MIN_SECONDS = 3
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        token = abuse.form_token()
        traveller.shift(dt.timedelta(seconds=4))
        submit(form_data(started=token))
    assert Inquiry.objects.get().status == InquiryStatus.NEW


def test_forged_timestamp_is_kept_as_spam(submit, form_data, settings):
    settings.PORTAL_INQUIRY_MIN_SECONDS = 3
    submit(form_data(started="1700000000"))
    assert Inquiry.objects.get().status == InquiryStatus.SPAM


def test_many_links_are_kept_as_spam(submit, form_data):
    links = " ".join(f"https://cheap{n}.example" for n in range(4))
    submit(form_data(message=f"Buy now {links}"))
    inquiry = Inquiry.objects.get()
    assert inquiry.status == InquiryStatus.SPAM
    assert inquiry.spam_reason == "many links in the message"


def test_over_the_rate_limit_is_429_and_stores_nothing(submit, form_data):
    for n in range(5):
        assert submit(form_data(email=f"a{n}@example.com")).status_code == 302
    response = submit(form_data(email="late@example.com"))
    assert response.status_code == 429
    assert "Too many messages" in response.content.decode()
    assert response["Retry-After"] == "600"
    assert Inquiry.objects.count() == 5


def test_rate_limit_is_per_address(submit, form_data, settings):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 1
    submit(form_data(), REMOTE_ADDR="10.0.0.1")
    assert submit(form_data(), REMOTE_ADDR="10.0.0.1").status_code == 429
    assert submit(form_data(), REMOTE_ADDR="10.0.0.2").status_code == 302


def test_rate_limit_page_is_translated(submit, form_data, settings):
    settings.PORTAL_INQUIRY_RATE_LIMIT = 1
    submit(form_data())
    response = submit(form_data(), language="zh-hans")
    assert response.status_code == 429
    assert "提交次数过多" in response.content.decode()


def test_extra_post_fields_are_ignored(submit, form_data, staff):
    submit(
        form_data(
            status="closed",
            assignee=str(staff.pk),
            assignee_id=str(staff.pk),
            reference="INQ-1999-000001",
            id="999",
            created_at="2000-01-01",
            first_response_at="2000-01-01",
        )
    )
    inquiry = Inquiry.objects.get()
    assert inquiry.status == InquiryStatus.NEW
    assert inquiry.assignee is None
    assert inquiry.reference != "INQ-1999-000001"
    assert inquiry.pk != 999
    assert inquiry.created_at.year == timezone.now().year
    assert inquiry.first_response_at is None


def test_oversized_post_is_refused(submit, form_data):
    response = submit(form_data(message="x" * 70_000))
    assert response.status_code == 413
    assert not Inquiry.objects.exists()


def test_csrf_is_enforced(form_data):
    response = Client(enforce_csrf_checks=True).post("/en/contact/", form_data())
    assert response.status_code == 403
    assert not Inquiry.objects.exists()


def test_null_characters_never_give_a_500(client, submit, form_data, district):
    assert client.get("/en/contact/?district=da%00xing&park=%00").status_code == 200
    response = submit(form_data(district="da\x00xing", name="An\x00na"))
    assert response.status_code == 200
    assert not Inquiry.objects.exists()


def test_closed_registration_is_announced_on_arrival(client):
    EventFactory(slug="forum", registration_open=False)
    html = client.get("/en/contact/?kind=event_registration&event=forum").content
    assert "Registration for this event is closed." in html.decode()


def test_form_page_costs_the_same_queries_with_more_content(
    client, django_assert_num_queries
):
    DistrictFactory(slug="first")
    client.get("/en/contact/")  # warms the site settings cache
    with django_assert_num_queries(3):
        client.get("/en/contact/?district=first")
    DistrictFactory.create_batch(6)
    IndustryFactory.create_batch(6)
    with django_assert_num_queries(3):
        client.get("/en/contact/?district=first")
