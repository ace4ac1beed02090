"""The daily digest: each district's team gets the list of its overdue inquiries,
from send_overdue_digest or the worker (send_outbox --digest-daily)."""

from __future__ import annotations

import datetime as dt
from io import StringIO
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from apps.inquiries.management.commands.send_outbox import Command
from apps.inquiries.models import Inquiry, InquiryStatus
from apps.inquiries.workdays import BEIJING
from tests.factories.districts import DistrictFactory
from tests.factories.inquiries import InquiryFactory

pytestmark = pytest.mark.django_db

# Monday 12 October 2026, after the National Day holidays.
NOW = dt.datetime(2026, 10, 12, 8, 0, tzinfo=BEIJING)


def received(at: dt.datetime, **fields) -> Inquiry:
    inquiry = InquiryFactory(**fields)
    Inquiry.objects.filter(pk=inquiry.pk).update(created_at=at)
    return inquiry


@pytest.fixture
def teams(db):
    daxing = DistrictFactory(name_en="Daxing", inquiry_email="daxing@invest.example")
    changping = DistrictFactory(
        name_en="Changping", inquiry_email="changping@invest.example"
    )
    late = dt.datetime(2026, 10, 8, 9, 0, tzinfo=BEIJING)  # due Saturday 10th
    return {
        "daxing_late": received(late, district=daxing, reference="INQ-2026-000201"),
        "daxing_answered": received(
            late,
            district=daxing,
            status=InquiryStatus.ANSWERED,
            first_response_at=NOW,
            reference="INQ-2026-000202",
        ),
        "daxing_fresh": received(NOW, district=daxing, reference="INQ-2026-000203"),
        "no_district": received(late, reference="INQ-2026-000204"),
        "changping_fresh": received(
            NOW, district=changping, reference="INQ-2026-000205"
        ),
    }


def test_each_team_gets_its_overdue_inquiries_only(teams, settings):
    settings.PORTAL_OFFICE_EMAIL = "office@invest.example"
    settings.PORTAL_PUBLIC_URL = "https://invest.example"
    out = StringIO()
    with time_machine.travel(NOW, tick=False):
        call_command("send_overdue_digest", stdout=out)
    assert "sent 2 overdue digests" in out.getvalue()
    by_team = {message.to[0]: message for message in mail.outbox}
    # Changping has nothing overdue: no e-mail.
    assert set(by_team) == {"daxing@invest.example", "office@invest.example"}
    daxing = by_team["daxing@invest.example"]
    assert daxing.subject == "1 overdue inquiry"
    assert "INQ-2026-000201" in daxing.body
    assert "Due: 2026-10-10" in daxing.body
    late = teams["daxing_late"]
    assert f"https://invest.example/admin/inquiries/inquiry/{late.pk}/change/" in (
        daxing.body
    )
    assert "INQ-2026-000202" not in daxing.body  # answered
    assert "INQ-2026-000203" not in daxing.body  # not due yet
    assert "INQ-2026-000204" in by_team["office@invest.example"].body


def test_nothing_overdue_sends_nothing(db):
    out = StringIO()
    call_command("send_overdue_digest", stdout=out)
    assert mail.outbox == []
    assert "sent 0 overdue digests" in out.getvalue()


def test_worker_sends_the_digest_at_start_and_then_once_a_day(teams):
    worker = Command(stdout=StringIO(), stderr=StringIO())
    worker.stopping = False
    with time_machine.travel(NOW, tick=False) as traveller:
        worker.round(limit=50, digest_daily=True)
        assert len(mail.outbox) == 2
        traveller.move_to(NOW + dt.timedelta(hours=23))
        worker.round(limit=50, digest_daily=True)
        assert len(mail.outbox) == 2
        traveller.move_to(NOW + dt.timedelta(hours=24, minutes=1))
        worker.round(limit=50, digest_daily=True)
        assert len(mail.outbox) == 4


def test_worker_tries_the_digest_again_when_mail_fails(teams):
    worker = Command(stdout=StringIO(), stderr=StringIO())
    worker.stopping = False
    with time_machine.travel(NOW, tick=False):
        with mock.patch(
            "django.core.mail.EmailMessage.send", side_effect=ConnectionError
        ):
            worker.round(limit=50, digest_daily=True)
        assert "overdue digest not sent" in worker.stderr.getvalue()
        worker.round(limit=50, digest_daily=True)
    assert len(mail.outbox) == 2


def test_without_the_option_the_worker_sends_no_digest(teams):
    worker = Command(stdout=StringIO())
    worker.stopping = False
    with time_machine.travel(NOW, tick=False):
        worker.round(limit=50)
    assert mail.outbox == []
