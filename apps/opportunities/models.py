"""Investment opportunities: projects seeking investors, spaces, partnerships."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from apps.core.editor import RichTextField
from apps.core.models import (
    Publishable,
    PublishableQuerySet,
    SluggedModel,
)
from apps.core.phones import PhoneField
from apps.districts.models import District, Industry
from apps.organizations.models import Organization
from apps.parks.models import Park


class OpportunityKind(models.TextChoices):
    PROJECT = "project", _("Project seeking investment")
    SPACE = "space", _("Space or site available")
    PARTNERSHIP = "partnership", _("Partnership")


class PlanningStatus(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    PLANNED = "planned", _("Planned")
    APPROVED = "approved", _("Approved")
    UNDER_CONSTRUCTION = "under_construction", _("Under construction")
    READY = "ready", _("Ready")


class Currency(models.TextChoices):
    CNY = "CNY", _("yuan (CNY)")
    USD = "USD", _("US dollars (USD)")
    EUR = "EUR", _("euros (EUR)")


class OpportunityQuerySet(PublishableQuerySet):
    def for_listing(self) -> OpportunityQuerySet:
        """Published opportunities with what a card shows."""
        return (
            self.published()
            .select_related("district", "park")
            .prefetch_related("industries")
        )

    def for_detail(self) -> OpportunityQuerySet:
        """Published opportunities with what the detail page shows (promoter too)."""
        return self.for_listing().select_related("promoter")


class Opportunity(Publishable, SluggedModel):
    """A project looking for investors, a space or site on offer, or a partnership."""

    title = models.CharField(_("title"), max_length=250)
    kind = models.CharField(_("kind"), max_length=20, choices=OpportunityKind.choices)
    district = models.ForeignKey(
        District,
        on_delete=models.PROTECT,
        related_name="opportunities",
        verbose_name=_("district"),
    )
    park = models.ForeignKey(
        Park,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="opportunities",
        verbose_name=_("park"),
        help_text=_("The park it is in, if any; it should lie in the district."),
    )
    industries = models.ManyToManyField(
        Industry,
        blank=True,
        related_name="opportunities",
        verbose_name=_("industries"),
    )
    amount_min = models.DecimalField(
        _("minimum amount"),
        max_digits=20,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_(
            "In the currency below, written out: 1.2 million yuan is 1200000. "
            "Leave empty when not public."
        ),
    )
    amount_max = models.DecimalField(
        _("maximum amount"),
        max_digits=20,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_(
            "In the currency below, written out; at least the minimum. Same as it "
            "for one figure."
        ),
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.CNY
    )
    area_sqm = models.DecimalField(
        _("area (m²)"),
        max_digits=12,
        decimal_places=0,
        null=True,
        blank=True,
        help_text=_(
            "Floor space on offer (space or site) or needed (project, partnership)."
        ),
    )
    planning_status = models.CharField(
        _("planning status"),
        max_length=20,
        choices=PlanningStatus.choices,
        default=PlanningStatus.CONCEPT,
    )
    decision_months = models.PositiveSmallIntegerField(
        _("time to decision (months)"),
        null=True,
        blank=True,
        help_text=_("How many months the promoter expects until a decision."),
    )
    promoter = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="opportunities",
        verbose_name=_("promoter"),
    )
    contact_name = models.CharField(_("contact"), max_length=200, blank=True)
    contact_phone = PhoneField(_("contact phone"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("description"), blank=True)

    objects = OpportunityQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "title"]
        verbose_name = _("investment opportunity")
        verbose_name_plural = _("investment opportunities")
        indexes = [
            # Opportunity list filtered by district and kind.
            models.Index(fields=["district", "kind"], name="opportunity_district_kind"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount_min__isnull=True)
                | models.Q(amount_min__gte=0),
                name="opportunity_amount_min_not_negative",
                violation_error_message=_("Amounts cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(amount_max__isnull=True)
                | models.Q(amount_max__gte=0),
                name="opportunity_amount_max_not_negative",
                violation_error_message=_("Amounts cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(amount_min__isnull=True)
                | models.Q(amount_max__isnull=True)
                | models.Q(amount_min__lte=models.F("amount_max")),
                name="opportunity_amount_min_le_max",
                violation_error_message=_(
                    "The minimum amount must not be above the maximum."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(area_sqm__isnull=True) | models.Q(area_sqm__gte=0),
                name="opportunity_area_not_negative",
                violation_error_message=_("The area cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True)
                | models.Q(latitude__gte=-90, latitude__lte=90),
                name="opportunity_latitude_range",
                violation_error_message=_("The latitude must lie between -90 and 90."),
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__isnull=True)
                | models.Q(longitude__gte=-180, longitude__lte=180),
                name="opportunity_longitude_range",
                violation_error_message=_(
                    "The longitude must lie between -180 and 180."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("opportunities:detail", kwargs={"slug": self.slug})

    @property
    def offers_space(self) -> bool:
        return self.kind == OpportunityKind.SPACE
