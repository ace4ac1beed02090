"""The form never waits for the mail server: the request commits the inquiry and
its outbox and returns; the worker sends. Only development (debug on, the console
backend) sends at the commit, so `make run` shows the e-mails."""

from __future__ import annotations

import socket
import time

import pytest
from django.core import mail
from django.core.management import call_command

from apps.inquiries.models import Inquiry, OutboxMessage, OutboxStatus

pytestmark = pytest.mark.django_db

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


@pytest.fixture
def hanging_smtp(settings):
    """A mail server that accepts connections and never says a word."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(64)
        settings.EMAIL_BACKEND = SMTP_BACKEND
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.getsockname()[1]
        settings.EMAIL_TIMEOUT = 2
        yield server


@pytest.mark.parametrize("debug", [False, True], ids=["production", "debug"])
def test_a_hanging_mail_server_does_not_slow_the_form(
    hanging_smtp, submit, form_data, settings, debug
):
    settings.DEBUG = debug
    started = time.monotonic()
    response = submit(form_data())
    took = time.monotonic() - started

    assert response.status_code == 302
    assert took < settings.EMAIL_TIMEOUT / 2
    assert Inquiry.objects.count() == 1
    assert set(OutboxMessage.objects.values_list("status", "attempts")) == {
        (OutboxStatus.PENDING, 0)
    }


def test_the_worker_stops_a_round_at_an_unreachable_server(
    hanging_smtp, submit, form_data, settings
):
    submit(form_data())
    submit(form_data(email="bo@example.com"))
    started = time.monotonic()
    call_command("send_outbox")
    took = time.monotonic() - started

    # One timeout, not one per message: the other three wait for the next round.
    assert took < 2 * settings.EMAIL_TIMEOUT
    attempts = sorted(OutboxMessage.objects.values_list("attempts", flat=True))
    assert attempts == [0, 0, 0, 1]
    assert "timed out" in OutboxMessage.objects.get(attempts=1).last_error


def test_the_worker_sends_what_the_form_left(submit, form_data):
    submit(form_data())
    assert mail.outbox == []

    call_command("send_outbox")

    assert sorted(m.to[0] for m in mail.outbox) == [
        "anna@example.com",
        "office@invest.example",
    ]


def test_in_development_the_console_shows_the_mails_at_once(
    submit, form_data, settings, capsys
):
    settings.DEBUG = True
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

    submit(form_data())

    printed = capsys.readouterr().out
    reference = Inquiry.objects.get().reference
    assert printed.count("Subject: ") == 2
    assert reference in printed
    assert "To: anna@example.com" in printed
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {
        OutboxStatus.SENT
    }
