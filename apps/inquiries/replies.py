"""Writes on replies: a handler's reply to the sender, through the outbox, and
the daily digest of overdue inquiries to each district's team."""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import services
from .models import (
    OPEN_STATUSES,
    Inquiry,
    InquiryReply,
    InquiryStatus,
    OutboxKind,
    OutboxMessage,
    ReplyTemplate,
)
from .workdays import reply_due

logger = logging.getLogger(__name__)

MAX_LENGTH = InquiryReply._meta.get_field("text").max_length

# Inquiries nobody may answer: suspected spam, or anonymized (no address left).
UNANSWERABLE = gettext_lazy(
    "This inquiry cannot be answered: it is spam or anonymized."
)


def handler_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def reply_template_text(
    template: ReplyTemplate, *, inquiry: Inquiry, handler
) -> tuple[str, str]:
    """A template's subject and text with the sender's name, the reference and
    the handler's name put in (plain replacements: nothing else is evaluated)."""
    values = {
        "{name}": inquiry.name,
        "{reference}": inquiry.reference,
        "{handler}": handler_name(handler),
    }
    subject, body = template.subject, template.body
    for placeholder, value in values.items():
        subject = subject.replace(placeholder, value)
        body = body.replace(placeholder, value)
    return subject, body


def default_subject(inquiry: Inquiry) -> str:
    """The subject of a reply without one, in the sender's language."""
    with translation.override(inquiry.language):
        return _("Re: your inquiry %(reference)s") % {"reference": inquiry.reference}


def reply_address(inquiry: Inquiry, handler) -> str:
    """Where the sender's answer goes: the handler, else the district's team, else
    the office."""
    if handler is not None and handler.email:
        return handler.email
    return team_address(inquiry.district)


def team_address(district) -> str:
    """A district's team address, or the office's for inquiries of no district."""
    if district is not None and district.inquiry_email:
        return district.inquiry_email
    return settings.PORTAL_OFFICE_EMAIL


def can_be_answered(inquiry: Inquiry) -> bool:
    return inquiry.status != InquiryStatus.SPAM and inquiry.anonymized_at is None


def inquiry_reply(
    *,
    inquiry: Inquiry,
    author,
    text: str,
    subject: str = "",
    template: ReplyTemplate | None = None,
) -> InquiryReply:
    """Send a reply to the sender in their language through the outbox and keep
    it in the inquiry's thread. The first reply sets the first response time and
    moves an open inquiry to Answered. An empty reply, or one to spam or an
    anonymized inquiry, raises ValidationError and nothing is written."""
    text = text.strip()
    if not text:
        raise ValidationError(_("Write the reply before sending it."), code="empty")
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            _("A reply has at most %(max)d characters.") % {"max": MAX_LENGTH},
            code="too_long",
        )
    if not can_be_answered(inquiry):
        raise ValidationError(UNANSWERABLE, code="unanswerable")
    subject = " ".join(subject.split())[:300] or default_subject(inquiry)
    reply_to = reply_address(inquiry, author)
    context = {
        "inquiry": inquiry,
        "text": text,
        "portal_name": settings.PORTAL_NAME,
    }
    with translation.override(inquiry.language):
        body = render_to_string("inquiries/email/reply_body.txt", context)
    with transaction.atomic():
        message = OutboxMessage.objects.create(
            inquiry=inquiry,
            kind=OutboxKind.REPLY,
            to=inquiry.email,
            reply_to=reply_to,
            subject=subject,
            body=body,
            language=inquiry.language,
        )
        reply = InquiryReply.objects.create(
            inquiry=inquiry,
            author=author,
            template=template,
            subject=subject,
            text=text,
            language=inquiry.language,
            reply_to=reply_to,
            outbox_message=message,
        )
        first = Inquiry.objects.filter(
            pk=inquiry.pk, first_response_at__isnull=True
        ).update(first_response_at=reply.created_at)
        if first:
            inquiry.first_response_at = reply.created_at
        if inquiry.status in OPEN_STATUSES:
            services.inquiry_change_status(
                inquiry=inquiry, to=InquiryStatus.ANSWERED, by=author
            )
        if services.sends_at_commit():
            transaction.on_commit(lambda: services._send_now(inquiry))
    logger.info("inquiry %s: reply %s queued", inquiry.reference, reply.pk)
    return reply


# --- The daily digest of overdue inquiries -------------------------------------


def _admin_link(inquiry: Inquiry) -> str:
    path = reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])
    return f"{settings.PORTAL_PUBLIC_URL.rstrip('/')}{path}"


def overdue_digest_send(*, now: datetime | None = None) -> int:
    """E-mail each district's team (the office for inquiries of no district) the
    list of its overdue inquiries; teams with none get nothing. Sent directly,
    not through the outbox (a digest is about many inquiries): a failure raises,
    and the worker tries again at its next round. Returns the e-mails sent."""
    now = now or timezone.now()
    overdue = (
        Inquiry.objects.overdue(now=now)
        .select_related("district", "assignee")
        .order_by("created_at")
    )
    by_team: dict[str, list[Inquiry]] = defaultdict(list)
    for inquiry in overdue:
        by_team[team_address(inquiry.district)].append(inquiry)
    language = settings.LANGUAGE_CODE
    sent = 0
    for address, inquiries in sorted(by_team.items()):
        rows = [
            {
                "inquiry": inquiry,
                "due": reply_due(inquiry.created_at),
                "link": _admin_link(inquiry),
            }
            for inquiry in inquiries
        ]
        context = {
            "rows": rows,
            "count": len(rows),
            "days": settings.PORTAL_INQUIRY_RESPONSE_DAYS,
            "portal_name": settings.PORTAL_NAME,
        }
        subject, body = services._render_mail("digest", context, language)
        EmailMessage(
            subject=subject,
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[address],
        ).send()
        sent += 1
    logger.info("overdue digest: %s e-mails", sent)
    return sent
