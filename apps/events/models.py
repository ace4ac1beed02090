from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.core.editor import RichTextField
from apps.core.models import (
    Publishable,
    PublishableQuerySet,
    SluggedModel,
    Status,
    TimeStampedModel,
    year_inferred_field,
)
from apps.core.validators import validate_image
from apps.districts.models import District, Industry
from apps.organizations.models import Organization
from apps.search.documents import search_fields, search_indexes
from apps.search.searchable import SearchableManager, SearchableQuerySet


class EventKind(models.TextChoices):
    FORUM = "forum", _("Forum")
    CONFERENCE = "conference", _("Conference")
    EXHIBITION = "exhibition", _("Exhibition")
    SIGNING_CEREMONY = "signing_ceremony", _("Signing ceremony")
    EXCHANGE = "exchange", _("Exchange meeting")
    BRIEFING = "briefing", _("Policy briefing")


class EventFormat(models.TextChoices):
    OFFLINE = "offline", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Online and in person")


class DatePrecision(models.TextChoices):
    TIME = "time", _("Exact times")
    DAY = "day", _("Whole days")
    YEAR = "year", _("Only the year is known")


# Soonest first. starts_at is never null, so NULLS FIRST changes nothing in the
# order; see `upcoming()` for why it is there.
UPCOMING_ORDER = (models.F("starts_at").asc(nulls_first=True), "pk")


class EventQuerySet(SearchableQuerySet, PublishableQuerySet):
    search_name_field = "title"

    def upcoming(self) -> EventQuerySet:
        """Published events that have not ended yet, soonest first."""
        # NULLS FIRST keeps PostgreSQL from walking the starts_at index through
        # every past event (most of the table) and makes it read the few unfinished
        # ones from an ends_at index and sort them instead.
        return (
            self.published()
            .filter(ends_at__gte=timezone.now())
            .order_by(*UPCOMING_ORDER)
        )

    def next_upcoming(self, count: int) -> EventQuerySet:
        """The `count` soonest upcoming events (the home's few): their ids are read
        first, from the index alone (`event_upcoming`), then only their rows."""
        soonest = self.upcoming().values("pk")[:count]
        return self.filter(pk__in=soonest).order_by(*UPCOMING_ORDER)

    def past(self) -> EventQuerySet:
        """Published events that have ended, latest first."""
        return (
            self.published().filter(ends_at__lt=timezone.now()).order_by("-starts_at")
        )

    def for_listing(self) -> EventQuerySet:
        """Published events with what a card shows."""
        return self.published().select_related("district")

    def as_links(self) -> EventQuerySet:
        """Only what a one-line link to an event shows: title, dates, district."""
        return self.select_related("district").only(
            "slug",
            "title",
            "date_precision",
            "year_inferred",
            "starts_at",
            "ends_at",
            "district__name",
        )

    def upcoming_in(self, district: District) -> EventQuerySet:
        """Published events in a district that have not ended, soonest first."""
        return self.upcoming().filter(district=district)

    def for_api(self) -> EventQuerySet:
        """Published events with their district and industries."""
        return self.for_listing().prefetch_related("industries")

    def for_api_detail(self) -> EventQuerySet:
        """Published events with their programme and published organizations."""
        public = Organization.objects.published()
        return self.for_api().prefetch_related(
            "sessions",
            models.Prefetch(
                "speakers",
                queryset=Speaker.objects.select_related("organization", "session"),
            ),
            models.Prefetch("organizers", queryset=public),
            models.Prefetch("exhibitors", queryset=public),
        )

    def dated(self) -> EventQuerySet:
        """Events whose day is known (not only the year), as a calendar needs."""
        return self.exclude(date_precision=DatePrecision.YEAR)

    def involving(self, organization: Organization) -> EventQuerySet:
        """Published events an organization organized, exhibited at or spoke at,
        each annotated with is_organizer, is_exhibitor and is_speaker."""
        through_organizers = Event.organizers.through.objects.filter(
            event=models.OuterRef("pk"), organization=organization
        )
        through_exhibitors = Event.exhibitors.through.objects.filter(
            event=models.OuterRef("pk"), organization=organization
        )
        speakers = Speaker.objects.filter(
            event=models.OuterRef("pk"), organization=organization
        )
        # The filter reads the event ids from the three link tables (one UNION), not
        # the EXISTS annotations, so PostgreSQL reads the organization's few links
        # instead of testing every event.
        organized = Event.organizers.through.objects.filter(organization=organization)
        exhibited = Event.exhibitors.through.objects.filter(organization=organization)
        spoke = Speaker.objects.filter(organization=organization)
        return (
            self.published()
            .filter(
                pk__in=organized.values("event_id").union(
                    exhibited.values("event_id"),
                    spoke.order_by().values("event_id"),
                )
            )
            .annotate(
                is_organizer=models.Exists(through_organizers),
                is_exhibitor=models.Exists(through_exhibitors),
                is_speaker=models.Exists(speakers),
            )
            .order_by("-starts_at")
        )


class Event(Publishable, SluggedModel):
    title = models.CharField(_("title"), max_length=255)
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    theme = models.CharField(_("theme"), max_length=255, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("description"), blank=True)
    structure = models.CharField(
        _("programme structure"),
        max_length=300,
        blank=True,
        help_text=_("e.g. 1+4+2+N: one main forum, four panels, …"),
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    date_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.TIME,
        help_text=_(
            "Whole days: times are not shown. Only the year: the source gives no date."
        ),
    )
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    format = models.CharField(
        _("format"),
        max_length=10,
        choices=EventFormat.choices,
        default=EventFormat.OFFLINE,
    )
    online_url = models.URLField(_("online link"), blank=True)
    district = models.ForeignKey(
        District,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("district"),
    )
    industries = models.ManyToManyField(
        Industry, blank=True, related_name="events", verbose_name=_("industries")
    )
    organizers = models.ManyToManyField(
        Organization,
        blank=True,
        related_name="organized_events",
        verbose_name=_("organizers"),
    )
    exhibitors = models.ManyToManyField(
        Organization,
        blank=True,
        related_name="exhibited_at",
        verbose_name=_("exhibitors"),
    )
    attendance = models.PositiveIntegerField(
        _("attendance"), null=True, blank=True, help_text=_("Number of participants.")
    )
    attendance_is_minimum = models.BooleanField(
        _("attendance is a minimum"),
        default=False,
        help_text=_("Tick when the source says 'more than'."),
    )
    year_inferred = year_inferred_field()
    registration_open = models.BooleanField(_("registration open"), default=False)
    cover_image = models.ImageField(
        _("cover image"), upload_to="events/", blank=True, validators=[validate_image]
    )

    search_en, search_zh = search_fields(
        name=["title"],
        summary=["theme", "summary"],
        body=["body", "venue", "address"],
    )

    objects = SearchableManager.from_queryset(EventQuerySet)()

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            # Upcoming and past lists: published events by date.
            models.Index(fields=["status", "ends_at"], name="event_status_ends"),
            models.Index(fields=["starts_at"], name="event_starts"),
            # The next few upcoming events (`next_upcoming`): every unfinished
            # published event's start and id, read without visiting the table.
            models.Index(
                fields=["ends_at"],
                include=["starts_at", "published_at", "id"],
                condition=models.Q(status=Status.PUBLISHED),
                name="event_upcoming",
            ),
            *search_indexes("event", "title"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="event_ends_after_it_starts",
                violation_error_message=_("An event must end after it starts."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:detail", kwargs={"slug": self.slug})

    @property
    def accepts_registrations(self) -> bool:
        return self.registration_open and self.ends_at >= timezone.now()


class SessionKind(models.TextChoices):
    MAIN_FORUM = "main_forum", _("Main forum")
    PANEL = "panel", _("Panel session")
    PRESS_CONFERENCE = "press_conference", _("Press conference")
    EXHIBITION = "exhibition", _("Exhibition")
    SIDE_ACTIVITY = "side_activity", _("Side activity")
    SIGNING = "signing", _("Signing ceremony")
    BRIEFING = "briefing", _("Policy briefing")


class Session(TimeStampedModel):
    """A part of an event's agenda."""

    event = models.ForeignKey(
        Event,
        on_delete=models.CASCADE,
        related_name="sessions",
        verbose_name=_("event"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=SessionKind.choices)
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "starts_at", "id"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(starts_at__isnull=True)
                | models.Q(ends_at__isnull=True)
                | models.Q(ends_at__gt=models.F("starts_at")),
                name="session_ends_after_it_starts",
                violation_error_message=_("A session must end after it starts."),
            ),
        ]

    def __str__(self) -> str:
        return self.title


class Speaker(TimeStampedModel):
    """A person who speaks at an event, with the title they held then."""

    event = models.ForeignKey(
        Event,
        on_delete=models.CASCADE,
        related_name="speakers",
        verbose_name=_("event"),
    )
    session = models.ForeignKey(
        Session,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="speakers",
        verbose_name=_("session"),
    )
    name = models.CharField(_("name"), max_length=120)
    title = models.CharField(_("title"), max_length=300, blank=True)
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="speakers",
        verbose_name=_("organization"),
    )
    topic = models.CharField(_("topic"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self) -> str:
        return self.name
