"""Inquiries sent through the contact form, their handling, and the mail outbox."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .workdays import overdue_cutoff


class InquiryKind(models.TextChoices):
    GENERAL = "general", _("General question")
    INVEST = "invest", _("Investing in a district")
    POLICY = "policy", _("Policies and support")
    EVENT_REGISTRATION = "event_registration", _("Event registration")
    SERVICE = "service", _("Services for enterprises")
    COSTS = "costs", _("Costs of doing business")


class InquiryStatus(models.TextChoices):
    NEW = "new", _("New")
    ASSIGNED = "assigned", _("Assigned")
    IN_PROGRESS = "in_progress", _("In progress")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")
    SPAM = "spam", _("Spam")


# Statuses in which an inquiry still waits for an answer.
OPEN_STATUSES = (InquiryStatus.NEW, InquiryStatus.ASSIGNED, InquiryStatus.IN_PROGRESS)


def awaiting_reply_q() -> models.Q:
    return models.Q(
        status__in=OPEN_STATUSES,
        first_response_at__isnull=True,
        anonymized_at__isnull=True,
    )


def overdue_q(now: datetime | None = None) -> models.Q:
    """The overdue condition, also for annotating the queue's badge."""
    return awaiting_reply_q() & models.Q(created_at__lt=overdue_cutoff(now))


class InquiryQuerySet(models.QuerySet):
    def for_queue(self) -> InquiryQuerySet:
        """Inquiries with what the staff queue and the CSV export show."""
        return self.select_related("district", "assignee", "suggested_contact")

    def new(self) -> InquiryQuerySet:
        """Inquiries nobody has looked at yet."""
        return self.filter(status=InquiryStatus.NEW)

    def awaiting_reply(self) -> InquiryQuerySet:
        """Open inquiries (not answered, closed or spam) nobody has replied to."""
        return self.filter(awaiting_reply_q())

    def overdue(self, *, now: datetime | None = None) -> InquiryQuerySet:
        """Inquiries still without a reply after PORTAL_INQUIRY_RESPONSE_DAYS
        working days (China's calendar)."""
        return self.filter(overdue_q(now))

    def purgeable(self, *, older_than: timezone.datetime) -> InquiryQuerySet:
        """Closed or spam inquiries created before a moment, not yet anonymized."""
        return self.filter(
            status__in=[InquiryStatus.CLOSED, InquiryStatus.SPAM],
            created_at__lt=older_than,
            anonymized_at__isnull=True,
        )


class Inquiry(models.Model):
    """A message from an investor or enterprise, kept until staff answer it."""

    reference = models.CharField(
        _("reference"), max_length=20, unique=True, editable=False
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=InquiryKind.choices,
        default=InquiryKind.GENERAL,
    )
    name = models.CharField(_("name"), max_length=200)
    organization = models.CharField(_("organization"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), max_length=254)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    country = models.CharField(_("country or region"), max_length=100, blank=True)
    language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    # What the inquiry concerns. SET_NULL so that deleting content never deletes
    # an inquiry; `concerns` keeps a readable copy of what was chosen.
    district = models.ForeignKey(
        "districts.District",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("district"),
    )
    park = models.ForeignKey(
        "parks.Park",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("park"),
    )
    event = models.ForeignKey(
        "events.Event",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("event"),
    )
    policy = models.ForeignKey(
        "policies.Policy",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("policy"),
    )
    about_organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("about organization"),
    )
    industry = models.ForeignKey(
        "districts.Industry",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("industry"),
    )
    concerns = models.CharField(
        _("concerns"),
        max_length=500,
        blank=True,
        help_text=_("What the sender chose, as text, kept if the content is deleted."),
    )
    message = models.TextField(_("message"), max_length=5000)
    consent_at = models.DateTimeField(_("privacy consent given"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InquiryStatus.choices,
        default=InquiryStatus.NEW,
    )
    spam_reason = models.CharField(
        _("spam reason"),
        max_length=200,
        blank=True,
        help_text=_("Why the form flagged the inquiry as suspected spam."),
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_inquiries",
        limit_choices_to={"is_staff": True},
        verbose_name=_("assignee"),
    )
    # Who answers for what the inquiry concerns (apps/contacts routing): the team
    # notice went to their e-mail; the queue suggests them as the assignee.
    suggested_contact = models.ForeignKey(
        "contacts.ContactPerson",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("suggested contact"),
        help_text=_(
            "The contact person who covers the district, park or sector the "
            "inquiry is about; the team notice was sent to them."
        ),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    first_response_at = models.DateTimeField(
        _("first response"),
        null=True,
        blank=True,
        help_text=_("When the first reply was sent to the sender."),
    )
    anonymized_at = models.DateTimeField(_("anonymized"), null=True, blank=True)

    objects = InquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        indexes = [
            # The staff queue: inquiries of a status, newest first.
            models.Index(fields=["status", "-created_at"], name="inquiry_queue_idx"),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def first_response_time(self) -> timedelta | None:
        if self.first_response_at is None:
            return None
        return self.first_response_at - self.created_at


class InquiryNote(models.Model):
    """An internal note by staff; never shown to the sender."""

    inquiry = models.ForeignKey(
        Inquiry,
        on_delete=models.CASCADE,
        related_name="notes",
        verbose_name=_("inquiry"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    text = models.TextField(_("note"), max_length=5000)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")

    def __str__(self) -> str:
        return str(_("Note on %(reference)s") % {"reference": self.inquiry})


class InquiryStatusChange(models.Model):
    """One step of an inquiry's status workflow: who moved it, when, from and to."""

    inquiry = models.ForeignKey(
        Inquiry,
        on_delete=models.CASCADE,
        related_name="status_changes",
        verbose_name=_("inquiry"),
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    from_status = models.CharField(
        _("from status"), max_length=20, choices=InquiryStatus.choices
    )
    to_status = models.CharField(
        _("to status"), max_length=20, choices=InquiryStatus.choices
    )
    changed_at = models.DateTimeField(_("changed"), auto_now_add=True)

    class Meta:
        ordering = ["changed_at"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self) -> str:
        return f"{self.inquiry}: {self.from_status} → {self.to_status}"


class OutboxStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class OutboxKind(models.TextChoices):
    ACKNOWLEDGEMENT = "acknowledgement", _("Acknowledgement to the sender")
    NOTICE = "notice", _("Notice to the team")
    REPLY = "reply", _("Reply to the sender")


class OutboxQuerySet(models.QuerySet):
    def due(self) -> OutboxQuerySet:
        """Pending messages whose next attempt is now or past, oldest first."""
        return self.filter(
            status=OutboxStatus.PENDING, next_attempt_at__lte=timezone.now()
        ).order_by("next_attempt_at", "pk")


class OutboxMessage(models.Model):
    """An e-mail written in the same transaction as its inquiry, sent later.

    The `send_outbox` command delivers due messages with retries, so a mail
    server that is down delays mail but never loses an inquiry.
    """

    inquiry = models.ForeignKey(
        Inquiry,
        on_delete=models.CASCADE,
        related_name="outbox_messages",
        verbose_name=_("inquiry"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=OutboxKind.choices)
    to = models.EmailField(_("to"), max_length=254)
    reply_to = models.EmailField(_("reply to"), max_length=254, blank=True)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("body"))
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=OutboxStatus.choices,
        default=OutboxStatus.PENDING,
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = OutboxQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        indexes = [
            # send_outbox: pending messages whose next attempt is due.
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(status="pending"),
                name="outbox_due_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.inquiry} · {self.get_kind_display()}"


class ReplyTemplate(models.Model):
    """A reply a handler starts from, for a kind of inquiry in one language;
    administrators keep them in the admin."""

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("What handlers see when they pick a template."),
    )
    kind = models.CharField(
        _("inquiry kind"),
        max_length=20,
        choices=InquiryKind.choices,
        blank=True,
        help_text=_("Leave empty to offer the template for every kind of inquiry."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("Offered for inquiries whose sender prefers this language."),
    )
    subject = models.CharField(
        _("subject"),
        max_length=200,
        blank=True,
        help_text=_(
            "Leave empty for “Re: your inquiry” and the reference, in the language "
            "above."
        ),
    )
    body = models.TextField(
        _("text"),
        max_length=5000,
        help_text=_(
            "{name} becomes the sender's name, {reference} the inquiry's reference "
            "and {handler} the handler's name."
        ),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["language", "kind", "name"]
        verbose_name = _("reply template")
        verbose_name_plural = _("reply templates")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "kind", "name"], name="reply_template_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class ReplyQuerySet(models.QuerySet):
    def for_thread(self) -> ReplyQuerySet:
        """Replies with their author and delivery status, oldest first."""
        return self.select_related("author", "outbox_message").order_by("created_at")


class InquiryReply(models.Model):
    """A reply a handler sent to the sender, through the outbox."""

    inquiry = models.ForeignKey(
        Inquiry,
        on_delete=models.CASCADE,
        related_name="replies",
        verbose_name=_("inquiry"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    template = models.ForeignKey(
        ReplyTemplate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("template"),
    )
    subject = models.CharField(_("subject"), max_length=300)
    text = models.TextField(_("reply"), max_length=5000)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES
    )
    reply_to = models.EmailField(_("reply to"), max_length=254, blank=True)
    outbox_message = models.OneToOneField(
        OutboxMessage,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reply",
        verbose_name=_("e-mail"),
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    objects = ReplyQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("reply")
        verbose_name_plural = _("replies")

    def __str__(self) -> str:
        return str(_("Reply to %(reference)s") % {"reference": self.inquiry})

    @property
    def delivery_status(self) -> str:
        if self.outbox_message is None:
            return "—"
        return self.outbox_message.get_status_display()
