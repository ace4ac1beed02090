from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from apps.core.editor import RichTextField
from apps.core.models import (
    Publishable,
    PublishableQuerySet,
    SluggedModel,
    Status,
    year_inferred_field,
)
from apps.districts.models import District, Industry
from apps.events.models import Event, EventQuerySet
from apps.organizations.models import Organization
from apps.search.documents import search_fields, search_indexes
from apps.search.searchable import SearchableManager, SearchableQuerySet


class AgreementKind(models.TextChoices):
    STRATEGIC_COOPERATION = "strategic_cooperation", _("Strategic cooperation")
    COOPERATION = "cooperation", _("Service cooperation")
    PROJECT_SIGNING = "project_signing", _("Project signing")
    MEMORANDUM = "memorandum", _("Memorandum of understanding")
    INVESTMENT = "investment", _("Investment")


class AgreementStatus(models.TextChoices):
    SIGNED = "signed", _("Signed")
    LANDED = "landed", _("Landed")
    IN_OPERATION = "in_operation", _("In operation")


class Currency(models.TextChoices):
    CNY = "CNY", _("yuan (CNY)")
    USD = "USD", _("US dollars (USD)")
    EUR = "EUR", _("euros (EUR)")


class AgreementQuerySet(SearchableQuerySet, PublishableQuerySet):
    search_name_field = "title"

    def signing_events(self) -> EventQuerySet:
        """Published events at which a published agreement was signed, newest first."""
        signed_at = self.published().values("event_id")
        return Event.objects.published().filter(pk__in=signed_at).order_by("-starts_at")

    def for_listing(self) -> AgreementQuerySet:
        """Published agreements with what a card shows."""
        return self.published().select_related("district", "event")

    def for_cards(self) -> AgreementQuerySet:
        """Published agreements with their district, event and parties' companies."""
        return self.for_listing().prefetch_related(_parties())

    def for_detail(self) -> AgreementQuerySet:
        """Published agreements with everything the detail page shows."""
        return self.for_listing().prefetch_related(_parties(), "industries")

    def as_links(self) -> AgreementQuerySet:
        """Only what a one-line link to an agreement shows: title, kind, date,
        number of projects, district."""
        return self.select_related("district").only(
            "slug",
            "title",
            "kind",
            "signed_on",
            "signed_year",
            "year_inferred",
            "project_count",
            "district__name",
        )

    def in_district(self, district: District) -> AgreementQuerySet:
        """Published agreements signed for a district, latest first."""
        return self.published().filter(district=district)

    def signed_at(self, event: Event) -> AgreementQuerySet:
        """Published agreements signed at an event, latest first."""
        return self.published().filter(event=event)

    def signed_years(self) -> list[int]:
        """Years in which published agreements were signed, newest first."""
        return list(
            self.published()
            .order_by("-signed_year")
            .values_list("signed_year", flat=True)
            .distinct()
        )


def _parties() -> models.Prefetch:
    return models.Prefetch(
        "parties",
        queryset=AgreementParty.objects.select_related("organization"),
    )


class Agreement(Publishable, SluggedModel):
    """A signed agreement, or a batch of them signed together (see project count)."""

    title = models.CharField(_("title"), max_length=255)
    kind = models.CharField(_("kind"), max_length=30, choices=AgreementKind.choices)
    progress = models.CharField(
        _("progress"),
        max_length=20,
        choices=AgreementStatus.choices,
        default=AgreementStatus.SIGNED,
    )
    signed_year = models.PositiveSmallIntegerField(
        _("year signed"), help_text=_("Filled from the date when a date is given.")
    )
    signed_on = models.DateField(
        _("signed on"), null=True, blank=True, help_text=_("Leave empty if unknown.")
    )
    year_inferred = year_inferred_field()
    event = models.ForeignKey(
        Event,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agreements",
        verbose_name=_("signed at event"),
    )
    district = models.ForeignKey(
        District,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agreements",
        verbose_name=_("district"),
    )
    industries = models.ManyToManyField(
        Industry, blank=True, related_name="agreements", verbose_name=_("industries")
    )
    project_count = models.PositiveSmallIntegerField(
        _("number of projects"),
        default=1,
        help_text=_(
            "For a batch signing, e.g. 12 industrial projects signed at a forum."
        ),
    )
    party_count = models.PositiveSmallIntegerField(
        _("number of parties"),
        null=True,
        blank=True,
        help_text=_("Total parties when the source does not name them all."),
    )
    amount = models.DecimalField(
        _("amount"),
        max_digits=18,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Only when public."),
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.CNY
    )
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("details"), blank=True)

    search_en, search_zh = search_fields(
        name=["title"], summary=["summary"], body=["body"]
    )

    objects = SearchableManager.from_queryset(AgreementQuerySet)()

    class Meta:
        ordering = ["-signed_year", "-signed_on", "title"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        indexes = [
            # Agreement list filtered by year and kind.
            models.Index(fields=["signed_year", "kind"], name="agreement_year_kind"),
            # Latest published agreements in the default order, in the reader's
            # language: the home page, and a district's profile (`in_district`).
            *(
                models.Index(
                    fields=[*district, "-signed_year", "-signed_on", f"title_{lang}"],
                    condition=models.Q(status=Status.PUBLISHED),
                    name=f"agreement_{prefix}latest_{lang[:2]}",
                )
                for district, prefix in (([], ""), (["district"], "district_"))
                for lang in ("en", "zh_hans")
            ),
            *search_indexes("agreement", "title"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount__isnull=True) | models.Q(amount__gte=0),
                name="agreement_amount_not_negative",
                violation_error_message=_("Amounts cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(project_count__gte=1),
                name="agreement_at_least_one_project",
                violation_error_message=_("An agreement covers at least one project."),
            ),
            models.CheckConstraint(
                condition=models.Q(signed_on__isnull=True)
                | models.Q(signed_on__year=models.F("signed_year")),
                name="agreement_date_matches_year",
                violation_error_message=_(
                    "The signing date must fall in the year signed."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        if self.signed_on:
            self.signed_year = self.signed_on.year
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("agreements:detail", kwargs={"slug": self.slug})


class PartyRole(models.TextChoices):
    LEAD = "lead", _("Lead party")
    SIGNATORY = "signatory", _("Signatory")
    WITNESS = "witness", _("Witness")


class AgreementParty(models.Model):
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.CASCADE,
        related_name="parties",
        verbose_name=_("agreement"),
    )
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="agreement_parties",
        verbose_name=_("organization"),
        help_text=_("An organization that signed cannot be deleted from under it."),
    )
    role = models.CharField(
        _("role"), max_length=10, choices=PartyRole.choices, default=PartyRole.SIGNATORY
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "organization", "role"],
                name="agreement_party_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organization} ({self.get_role_display()})"
