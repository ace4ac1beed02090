"""An inquiry with no reply after PORTAL_INQUIRY_RESPONSE_DAYS working days is
overdue, counted on China's calendar: holidays off, make-up weekends on."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from apps.inquiries.models import Inquiry, InquiryStatus, OutboxKind, OutboxMessage
from apps.inquiries.workdays import BEIJING, is_working_day, reply_due
from tests.factories.inquiries import InquiryFactory

pytestmark = pytest.mark.django_db


def beijing(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BEIJING)


def received(at: dt.datetime, **fields) -> Inquiry:
    inquiry = InquiryFactory(**fields)
    Inquiry.objects.filter(pk=inquiry.pk).update(created_at=at)
    inquiry.refresh_from_db()
    return inquiry


def is_overdue(inquiry, at: dt.datetime) -> bool:
    with time_machine.travel(at, tick=False):
        return Inquiry.objects.overdue().filter(pk=inquiry.pk).exists()


def test_national_day_holidays_do_not_count():
    # Wednesday 30 September 2026; 1 to 7 October are the National Day holidays.
    inquiry = received(beijing(2026, 9, 30, 10, 0))
    assert reply_due(inquiry.created_at) == dt.date(2026, 10, 9)
    # A week later, but no working day has passed: not overdue.
    assert not is_overdue(inquiry, beijing(2026, 10, 7, 18, 0))
    assert not is_overdue(inquiry, beijing(2026, 10, 9, 23, 59))
    assert is_overdue(inquiry, beijing(2026, 10, 10, 0, 1))


def test_a_make_up_saturday_counts_as_a_working_day():
    # Thursday 8 October 2026; Saturday 10 October is a make-up working day.
    assert is_working_day(dt.date(2026, 10, 10))
    inquiry = received(beijing(2026, 10, 8, 9, 0))
    assert reply_due(inquiry.created_at) == dt.date(2026, 10, 10)
    assert not is_overdue(inquiry, beijing(2026, 10, 10, 17, 0))
    # Sunday: on a Monday-to-Friday calendar it would be due only on Monday.
    assert is_overdue(inquiry, beijing(2026, 10, 11, 9, 0))


def test_an_ordinary_week_gives_two_working_days(settings):
    # Friday 27 November 2026: Monday and Tuesday are the two working days.
    inquiry = received(beijing(2026, 11, 27, 16, 0))
    assert not is_overdue(inquiry, beijing(2026, 12, 1, 20, 0))
    assert is_overdue(inquiry, beijing(2026, 12, 2, 8, 0))
    settings.PORTAL_INQUIRY_RESPONSE_DAYS = 3
    assert not is_overdue(inquiry, beijing(2026, 12, 2, 8, 0))


def test_a_year_the_calendar_does_not_know_falls_back_to_weekdays():
    assert is_working_day(dt.date(2031, 6, 2))  # a Monday
    assert not is_working_day(dt.date(2031, 6, 1))  # a Sunday


@pytest.mark.parametrize(
    "status", [InquiryStatus.ANSWERED, InquiryStatus.CLOSED, InquiryStatus.SPAM]
)
def test_handled_inquiries_are_never_overdue(status):
    inquiry = received(beijing(2026, 11, 2, 9, 0), status=status)
    assert not is_overdue(inquiry, beijing(2026, 12, 1, 9, 0))


def test_a_replied_inquiry_is_not_overdue_even_if_reopened():
    inquiry = received(
        beijing(2026, 11, 2, 9, 0),
        status=InquiryStatus.IN_PROGRESS,
        first_response_at=beijing(2026, 11, 3, 9, 0),
    )
    assert not is_overdue(inquiry, beijing(2026, 12, 1, 9, 0))


def test_queue_filters_and_badges_overdue_inquiries(staff_client, changelist_url):
    with time_machine.travel(beijing(2026, 10, 12, 9, 0), tick=False):
        late = received(beijing(2026, 10, 8, 9, 0), reference="INQ-2026-000101")
        fresh = received(beijing(2026, 10, 12, 8, 0), reference="INQ-2026-000102")
        response = staff_client.get(changelist_url, {"reply": "overdue"})
        shown = {obj.pk for obj in response.context["cl"].result_list}
        assert shown == {late.pk}
        page = staff_client.get(changelist_url).content.decode()
    assert page.count('class="inquiry-badge inquiry-badge--overdue"') == 1
    assert "The reply was due on 2026-10-10" in page
    assert fresh.reference in page


def test_form_and_acknowledgement_promise_the_configured_days(
    settings, client, submit, form_data
):
    settings.PORTAL_INQUIRY_RESPONSE_DAYS = 3
    page = client.get("/en/contact/").content.decode()
    assert "usually within 3 working days" in page
    page = client.get("/zh-hans/contact/").content.decode()
    assert "通常会在3个工作日内答复" in page
    submit(form_data(language="zh-hans"), language="zh-hans")
    ack = OutboxMessage.objects.get(kind=OutboxKind.ACKNOWLEDGEMENT)
    assert "通常在3个工作日内" in ack.body
    settings.PORTAL_INQUIRY_RESPONSE_DAYS = 1
    assert (
        "usually within 1 working day." in client.get("/en/contact/").content.decode()
    )


def test_change_page_offers_the_reply_button(staff_client):
    inquiry = InquiryFactory()
    page = staff_client.get(
        reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])
    ).content.decode()
    assert "Reply to the sender" in page
