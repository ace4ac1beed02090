from __future__ import annotations

import datetime as dt
import smtplib
import threading

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from apps.inquiries import services
from apps.inquiries.models import Inquiry, OutboxMessage, OutboxStatus

pytestmark = pytest.mark.django_db

FAILING_BACKEND = "tests.inquiries.test_outbox.FailingBackend"
LOCMEM_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


class FailingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPException("connection refused")


def test_mail_server_down_keeps_the_inquiry_and_retries_later(
    submit, form_data, settings, caplog
):
    settings.EMAIL_BACKEND = FAILING_BACKEND
    settings.PORTAL_OUTBOX_RETRY_SECONDS = 60
    before = timezone.now()

    response = submit(form_data())
    assert response.status_code == 302
    call_command("send_outbox")

    inquiry = Inquiry.objects.get()
    messages = list(OutboxMessage.objects.all())
    assert len(messages) == 2
    for message in messages:
        assert message.status == OutboxStatus.PENDING
        assert message.attempts == 1
        assert message.next_attempt_at >= before + dt.timedelta(seconds=60)
        assert "SMTPException" in message.last_error
    # Logs name the reference, never the sender.
    assert inquiry.reference in caplog.text
    assert "anna@example.com" not in caplog.text
    assert "Anna" not in caplog.text

    # Not due yet: nothing happens.
    settings.EMAIL_BACKEND = LOCMEM_BACKEND
    call_command("send_outbox")
    assert mail.outbox == []

    with time_machine.travel(timezone.now() + dt.timedelta(minutes=2)):
        call_command("send_outbox")
        call_command("send_outbox")

    assert sorted(m.to[0] for m in mail.outbox) == [
        "anna@example.com",
        "office@invest.example",
    ]
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {"sent"}


def test_backoff_doubles_and_gives_up_after_the_last_attempt(
    submit, form_data, settings
):
    settings.EMAIL_BACKEND = FAILING_BACKEND
    settings.PORTAL_OUTBOX_MAX_ATTEMPTS = 3
    settings.PORTAL_OUTBOX_RETRY_SECONDS = 60
    submit(form_data())
    call_command("send_outbox")
    message = OutboxMessage.objects.get(kind="acknowledgement")
    delays = []
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        for _ in range(2):
            message.refresh_from_db()
            delays.append(message.next_attempt_at)
            traveller.move_to(message.next_attempt_at + dt.timedelta(seconds=1))
            call_command("send_outbox")
    message.refresh_from_db()
    assert message.attempts == 3
    assert message.status == OutboxStatus.FAILED
    assert (delays[1] - delays[0]).total_seconds() == pytest.approx(121, abs=1)


def test_send_outbox_sends_nothing_twice(submit, form_data, settings):
    submit(form_data())
    call_command("send_outbox")
    assert len(mail.outbox) == 2
    call_command("send_outbox")
    assert len(mail.outbox) == 2


@pytest.mark.django_db(transaction=True)
def test_a_locked_message_is_skipped_by_another_worker(form_data, settings):
    settings.EMAIL_BACKEND = FAILING_BACKEND
    services.inquiry_create(
        kind="general",
        name="A",
        email="a@example.com",
        message="Hello",
        language="en",
    )
    OutboxMessage.objects.update(next_attempt_at=timezone.now())
    settings.EMAIL_BACKEND = LOCMEM_BACKEND
    results = []
    # This connection locks every row, like a worker in the middle of sending.
    with transaction.atomic():
        list(OutboxMessage.objects.select_for_update())

        def other_worker():
            results.append(services.outbox_send_due())
            connection.close()

        thread = threading.Thread(target=other_worker)
        thread.start()
        thread.join()
    assert results[0].total == 0
    assert mail.outbox == []
    assert services.outbox_send_due().sent == 2
    assert len(mail.outbox) == 2
