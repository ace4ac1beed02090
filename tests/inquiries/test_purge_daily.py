"""The worker applies the retention rule once a day (send_outbox --purge-daily), so
the privacy page's promise holds without a separate scheduler."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
import time_machine
from django.utils import timezone

from apps.inquiries.management.commands.send_outbox import Command
from apps.inquiries.models import InquiryStatus
from tests.inquiries.test_purge import make

pytestmark = pytest.mark.django_db


def test_worker_purges_at_start_and_then_once_a_day(settings):
    settings.PORTAL_INQUIRY_RETENTION_DAYS = 30
    worker = Command(stdout=StringIO())
    worker.stopping = False
    first = make(InquiryStatus.CLOSED, days_ago=40)
    start = timezone.now()

    with time_machine.travel(start, tick=False) as traveller:
        worker.round(limit=50, purge_daily=True)
        first.refresh_from_db()
        assert first.anonymized_at is not None

        second = make(InquiryStatus.CLOSED, days_ago=40)
        traveller.move_to(start + dt.timedelta(hours=23))
        worker.round(limit=50, purge_daily=True)
        second.refresh_from_db()
        assert second.anonymized_at is None  # the day is not over yet

        traveller.move_to(start + dt.timedelta(hours=24, minutes=1))
        worker.round(limit=50, purge_daily=True)
        second.refresh_from_db()
        assert second.anonymized_at is not None


def test_without_the_option_the_worker_only_sends(settings):
    settings.PORTAL_INQUIRY_RETENTION_DAYS = 30
    worker = Command(stdout=StringIO())
    worker.stopping = False
    old = make(InquiryStatus.CLOSED, days_ago=40)
    worker.round(limit=50)
    old.refresh_from_db()
    assert old.anonymized_at is None
