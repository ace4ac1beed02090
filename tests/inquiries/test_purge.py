from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from apps.inquiries.models import (
    Inquiry,
    InquiryReply,
    InquiryStatus,
    OutboxKind,
    OutboxMessage,
)
from tests.factories.inquiries import InquiryFactory

pytestmark = pytest.mark.django_db


def make(status: str, days_ago: int) -> Inquiry:
    with time_machine.travel(timezone.now() - dt.timedelta(days=days_ago)):
        inquiry = InquiryFactory(
            status=status,
            name="Li Wei",
            email="li.wei@example.com",
            phone="+86 138 0000 0000",
            organization="Example Pharma",
            message="Our plans in detail.",
        )
        OutboxMessage.objects.create(
            inquiry=inquiry,
            kind=OutboxKind.ACKNOWLEDGEMENT,
            to=inquiry.email,
            subject=f"We have received your inquiry {inquiry.reference}",
            body="Dear Li Wei, …",
            language="en",
        )
    return inquiry


def test_purge_anonymizes_only_old_closed_and_spam_inquiries(settings):
    settings.PORTAL_INQUIRY_RETENTION_DAYS = 365
    old_closed = make(InquiryStatus.CLOSED, 400)
    old_spam = make(InquiryStatus.SPAM, 400)
    old_open = make(InquiryStatus.IN_PROGRESS, 400)
    recent_closed = make(InquiryStatus.CLOSED, 30)

    call_command("purge_inquiries")

    for inquiry in (old_closed, old_spam):
        inquiry.refresh_from_db()
        assert inquiry.name != "Li Wei"
        assert "li.wei" not in inquiry.email
        assert inquiry.phone == ""
        assert inquiry.organization == ""
        assert "plans" not in inquiry.message
        assert inquiry.anonymized_at is not None
        message = inquiry.outbox_messages.get()
        assert message.body == ""
        assert "li.wei" not in message.to
        # The record itself stays: reference and status are kept.
        assert inquiry.reference.startswith("INQ-")
    for inquiry in (old_open, recent_closed):
        inquiry.refresh_from_db()
        assert inquiry.name == "Li Wei"
        assert inquiry.outbox_messages.get().body == "Dear Li Wei, …"


def test_purge_days_option_overrides_the_setting():
    recent_closed = make(InquiryStatus.CLOSED, 30)
    call_command("purge_inquiries", "--days", "7")
    recent_closed.refresh_from_db()
    assert recent_closed.anonymized_at is not None


def test_purge_clears_the_replies_sent_to_the_sender(settings):
    settings.PORTAL_INQUIRY_RETENTION_DAYS = 365
    old = make(InquiryStatus.CLOSED, 400)
    kept = make(InquiryStatus.CLOSED, 10)
    for inquiry in (old, kept):
        InquiryReply.objects.create(
            inquiry=inquiry,
            subject="Re: your inquiry",
            text="Dear Li Wei, about your plans …",
            language="en",
            reply_to="handler@invest.example",
        )
    call_command("purge_inquiries", verbosity=0)
    old_reply = InquiryReply.objects.get(inquiry=old)
    assert (old_reply.subject, old_reply.text, old_reply.reply_to) == ("—", "—", "")
    assert InquiryReply.objects.get(inquiry=kept).text.startswith("Dear Li Wei")
