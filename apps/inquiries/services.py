"""Writes on inquiries: creation with its outbox, the status workflow, notes,
sending the outbox and purging personal data."""

from __future__ import annotations

import contextlib
import logging
import smtplib
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from apps.contacts.models import ContactPerson

from .models import (
    Inquiry,
    InquiryKind,
    InquiryNote,
    InquiryReply,
    InquiryStatus,
    InquiryStatusChange,
    OutboxKind,
    OutboxMessage,
    OutboxStatus,
)

logger = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(hours=6)
ANONYMIZED_EMAIL = "anonymized@invalid.example"


def _next_reference() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval('inquiries_reference_seq')")
        (number,) = cursor.fetchone()
    year = timezone.localdate().year
    return f"INQ-{year}-{number:06d}"


def _concerns_text(inquiry: Inquiry, extra: Sequence[str] = ()) -> str:
    parts = [
        str(obj)
        for obj in (
            inquiry.district,
            inquiry.park,
            inquiry.event,
            inquiry.policy,
            inquiry.about_organization,
            inquiry.industry,
        )
        if obj is not None
    ]
    parts.extend(text for text in extra if text)
    return " · ".join(parts)[:500]


def _render_mail(template: str, context: dict, language: str) -> tuple[str, str]:
    with translation.override(language):
        subject = render_to_string(f"inquiries/email/{template}_subject.txt", context)
        body = render_to_string(f"inquiries/email/{template}_body.txt", context)
    return " ".join(subject.split())[:300], body


def _team_address(inquiry: Inquiry) -> str:
    """Who the team notice goes to: the suggested contact's e-mail, else the
    district's inquiry address, else the office's."""
    contact = inquiry.suggested_contact
    if contact is not None and contact.email:
        return contact.email
    if inquiry.district is not None and inquiry.district.inquiry_email:
        return inquiry.district.inquiry_email
    return settings.PORTAL_OFFICE_EMAIL


def _subject_district(*, park, event, policy, about_organization):
    """The district an inquiry concerns when the sender chose none: that of the
    park, event or organization it is about, or a policy's only district. It
    routes the team notice and puts the inquiry in that district's queue."""
    for subject in (park, event, about_organization):
        if subject is not None and subject.district_id is not None:
            return subject.district
    if policy is not None:
        districts = list(policy.districts.all()[:2])
        if len(districts) == 1:
            return districts[0]
    return None


def inquiry_create(
    *,
    kind: str,
    name: str,
    email: str,
    message: str,
    language: str,
    organization: str = "",
    phone: str = "",
    country: str = "",
    district=None,
    park=None,
    event=None,
    policy=None,
    about_organization=None,
    industry=None,
    spam_reason: str = "",
    extra_concerns: Sequence[str] = (),
) -> Inquiry:
    """Save an inquiry with its reference and, unless it is suspected spam, the
    acknowledgement and team notice in the outbox, all in one transaction.
    `extra_concerns` are texts added to `concerns` for what has no field (an
    investment opportunity, the site finder's shortlist). Nothing is sent here:
    the worker (`send_outbox --loop`) sends the outbox, so a slow or hanging mail
    server never holds up the request. Only in development (debug on, a backend
    that writes locally, such as the console) is the outbox sent at the commit,
    so that `make run` shows the e-mails without a second command."""
    if kind not in InquiryKind.values:
        raise ValueError(f"unknown inquiry kind {kind!r}")
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    if district is None:
        district = _subject_district(
            park=park, event=event, policy=policy, about_organization=about_organization
        )
    inquiry = Inquiry(
        kind=kind,
        name=name,
        email=email,
        message=message,
        language=language,
        organization=organization,
        phone=phone,
        country=country,
        district=district,
        park=park,
        event=event,
        policy=policy,
        about_organization=about_organization,
        industry=industry,
        suggested_contact=ContactPerson.objects.best_for(
            district=district, park=park, industry=industry
        ),
        consent_at=timezone.now(),
        spam_reason=spam_reason[:200],
        status=InquiryStatus.SPAM if spam_reason else InquiryStatus.NEW,
    )
    inquiry.concerns = _concerns_text(inquiry, extra_concerns)
    with transaction.atomic():
        inquiry.reference = _next_reference()
        inquiry.save()
        if not spam_reason:
            _queue_mails(inquiry)
            if sends_at_commit():
                transaction.on_commit(lambda: _send_now(inquiry))
    logger.info(
        "inquiry %s received (%s)", inquiry.reference, "spam" if spam_reason else "new"
    )
    return inquiry


# Backends that write to the console, a file or memory: they cannot hang on a
# network, so development may use them inside the request.
LOCAL_EMAIL_BACKENDS = frozenset(
    f"django.core.mail.backends.{name}.EmailBackend"
    for name in ("console", "filebased", "locmem", "dummy")
)


def sends_at_commit() -> bool:
    """Whether the form sends its outbox at the commit rather than leaving it to
    the worker: only in development, and only through a local backend."""
    return settings.DEBUG and settings.EMAIL_BACKEND in LOCAL_EMAIL_BACKENDS


def _send_now(inquiry: Inquiry) -> None:
    # The inquiry is committed already: whatever happens here, it is kept, and
    # the worker sends what could not be sent now.
    try:
        outbox_send_due(inquiry_id=inquiry.pk)
    except Exception as exc:
        logger.warning(
            "outbox for inquiry %s left to the worker (%s)",
            inquiry.reference,
            type(exc).__name__,
        )


def _queue_mails(inquiry: Inquiry) -> None:
    context = {"inquiry": inquiry, "portal_name": settings.PORTAL_NAME}
    subject, body = _render_mail("acknowledgement", context, inquiry.language)
    team_language = settings.LANGUAGE_CODE
    notice_subject, notice_body = _render_mail("notice", context, team_language)
    OutboxMessage.objects.bulk_create(
        [
            OutboxMessage(
                inquiry=inquiry,
                kind=OutboxKind.ACKNOWLEDGEMENT,
                to=inquiry.email,
                subject=subject,
                body=body,
                language=inquiry.language,
            ),
            OutboxMessage(
                inquiry=inquiry,
                kind=OutboxKind.NOTICE,
                to=_team_address(inquiry),
                reply_to=inquiry.email,
                subject=notice_subject,
                body=notice_body,
                language=team_language,
            ),
        ]
    )


def inquiry_change_status(*, inquiry: Inquiry, to: str, by) -> bool:
    """Move an inquiry to another status, recording who did it and when. False
    when nothing changed. (Only a reply sets the first response time.)"""
    if to not in InquiryStatus.values:
        raise ValueError(f"unknown inquiry status {to!r}")
    with transaction.atomic():
        current = (
            Inquiry.objects.select_for_update()
            .values_list("status", flat=True)
            .get(pk=inquiry.pk)
        )
        if current == to:
            inquiry.status = to
            return False
        change = InquiryStatusChange.objects.create(
            inquiry=inquiry, by=by, from_status=current, to_status=to
        )
        inquiry.status = to
        Inquiry.objects.filter(pk=inquiry.pk).update(
            status=to, updated_at=change.changed_at
        )
    logger.info("inquiry %s: %s -> %s", inquiry.reference, current, to)
    return True


def inquiry_assign(*, inquiry: Inquiry, assignee, by) -> None:
    """Give an inquiry to a staff member; a new one becomes assigned."""
    with transaction.atomic():
        inquiry.assignee = assignee
        Inquiry.objects.filter(pk=inquiry.pk).update(assignee=assignee)
        if inquiry.status == InquiryStatus.NEW and assignee is not None:
            inquiry_change_status(inquiry=inquiry, to=InquiryStatus.ASSIGNED, by=by)


def inquiry_add_note(
    *, inquiry: Inquiry, author, text: str, note: InquiryNote | None = None
) -> InquiryNote:
    """Add an internal note (optionally the unsaved one an admin form built)."""
    note = note or InquiryNote()
    note.inquiry = inquiry
    note.author = author
    note.text = text
    note.save()
    return note


@dataclass
class SendResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.retried + self.failed


def _backoff(attempts: int) -> timedelta:
    delay = timedelta(seconds=settings.PORTAL_OUTBOX_RETRY_SECONDS) * (
        2 ** max(attempts - 1, 0)
    )
    return min(delay, MAX_BACKOFF)


def outbox_send_due(*, limit: int = 50, inquiry_id: int | None = None) -> SendResult:
    """Send up to `limit` due outbox messages. Rows are locked with SKIP LOCKED so
    two workers never send the same message; a failure is recorded and retried
    later with exponential backoff, until the attempts run out. When the server
    cannot be reached (refused, timed out, hung up), the batch stops there."""
    result = SendResult()
    with transaction.atomic():
        due = OutboxMessage.objects.due().select_for_update(skip_locked=True)
        if inquiry_id is not None:
            due = due.filter(inquiry_id=inquiry_id)
        batch = list(due.select_related("inquiry")[:limit])
        if not batch:
            return result
        mail_connection = get_connection(fail_silently=False)
        for message in batch:
            if not _send_one(message, mail_connection, result):
                # The server cannot be reached: the rest of the batch would only
                # wait out the same timeout, one message after the other.
                break
        # Closing a connection that broke must not undo the bookkeeping above.
        with contextlib.suppress(Exception):
            mail_connection.close()
    return result


# Failures of the connection rather than of one message.
UNREACHABLE = (
    ConnectionError,
    TimeoutError,
    socket.gaierror,
    smtplib.SMTPConnectError,
    smtplib.SMTPServerDisconnected,
)


def _send_one(message: OutboxMessage, mail_connection, result: SendResult) -> bool:
    """Try one message and record the outcome; False if the server is
    unreachable."""
    now = timezone.now()
    message.attempts += 1
    email = EmailMessage(
        subject=message.subject,
        body=message.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to],
        reply_to=[message.reply_to] if message.reply_to else None,
        connection=mail_connection,
    )
    try:
        email.send()
    except Exception as exc:  # any mail failure is retried
        message.last_error = f"{type(exc).__name__}: {exc}"[:1000]
        if message.attempts >= settings.PORTAL_OUTBOX_MAX_ATTEMPTS:
            message.status = OutboxStatus.FAILED
            result.failed += 1
        else:
            message.next_attempt_at = now + _backoff(message.attempts)
            result.retried += 1
        # Only the reference and the error type: no addresses in the logs.
        logger.warning(
            "outbox %s for inquiry %s: attempt %s failed (%s)",
            message.pk,
            message.inquiry.reference,
            message.attempts,
            type(exc).__name__,
        )
        reachable = not isinstance(exc, UNREACHABLE)
    else:
        reachable = True
        message.status = OutboxStatus.SENT
        message.sent_at = now
        message.last_error = ""
        result.sent += 1
        logger.info(
            "outbox %s for inquiry %s sent", message.pk, message.inquiry.reference
        )
    message.save(
        update_fields=["attempts", "status", "next_attempt_at", "last_error", "sent_at"]
    )
    return reachable


def inquiry_purge(*, days: int) -> int:
    """Anonymize closed and spam inquiries older than `days` days and clear their
    outgoing mail and replies. Returns how many inquiries were anonymized."""
    cutoff = timezone.now() - timedelta(days=days)
    with transaction.atomic():
        ids = list(
            Inquiry.objects.purgeable(older_than=cutoff)
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)
        )
        if not ids:
            return 0
        now = timezone.now()
        Inquiry.objects.filter(pk__in=ids).update(
            name="—",
            email=ANONYMIZED_EMAIL,
            phone="",
            organization="",
            country="",
            message="—",
            anonymized_at=now,
            updated_at=now,
        )
        OutboxMessage.objects.filter(inquiry_id__in=ids).update(
            to=ANONYMIZED_EMAIL, reply_to="", subject="—", body="", last_error=""
        )
        # Handlers' replies quote the sender (name, their question).
        InquiryReply.objects.filter(inquiry_id__in=ids).update(
            subject="—", text="—", reply_to=""
        )
    logger.info("anonymized %s inquiries older than %s days", len(ids), days)
    return len(ids)
