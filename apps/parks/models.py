from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from apps.core.editor import RichTextField
from apps.core.models import (
    Publishable,
    PublishableQuerySet,
    SluggedModel,
    TimeStampedModel,
)
from apps.core.ordering import name_order
from apps.core.phones import PhoneField
from apps.core.validators import validate_image
from apps.districts.models import District, Industry
from apps.search.documents import search_fields, search_indexes
from apps.search.searchable import SearchableManager, SearchableQuerySet


class ParkKind(models.TextChoices):
    INDUSTRIAL_BASE = "industrial_base", _("Industrial base")
    SCIENCE_PARK = "science_park", _("Science park")
    SUB_DISTRICT_CARRIER = "sub_district_carrier", _("Sub-district carrier")


class ParkQuerySet(SearchableQuerySet, PublishableQuerySet):
    def for_listing(self) -> ParkQuerySet:
        """Published parks with what a card shows, by name (pinyin in Chinese)."""
        return (
            self.published()
            .select_related("district")
            .prefetch_related("industries")
            .order_by(name_order(), "pk")
        )

    def as_cards(self) -> ParkQuerySet:
        """Only what a park's card shows: name, kind, summary, district."""
        return self.select_related("district").only(
            "slug", "name", "kind", "summary", "district__name"
        )

    def in_district(self, district: District) -> ParkQuerySet:
        """Published parks of a district."""
        return self.published().filter(district=district)


class Park(Publishable, SluggedModel):
    """An industrial base, science park or sub-district carrier that hosts companies."""

    name = models.CharField(_("name"), max_length=200)
    district = models.ForeignKey(
        District,
        on_delete=models.PROTECT,
        related_name="parks",
        verbose_name=_("district"),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=ParkKind.choices)
    industries = models.ManyToManyField(
        Industry, blank=True, related_name="parks", verbose_name=_("industries")
    )
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("description"), blank=True)
    area_hectares = models.DecimalField(
        _("area (hectares)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    available_space_sqm = models.DecimalField(
        _("available space (m²)"),
        max_digits=12,
        decimal_places=0,
        null=True,
        blank=True,
        help_text=_("Floor space open to new tenants now."),
    )
    facilities = models.TextField(_("facilities"), blank=True)
    services = models.TextField(
        _("services"),
        blank=True,
        help_text=_("Services the park offers to enterprises."),
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    image = models.ImageField(
        _("image"), upload_to="parks/", blank=True, validators=[validate_image]
    )
    image_alt = models.CharField(_("image description"), max_length=200, blank=True)
    contact_name = models.CharField(_("contact"), max_length=200, blank=True)
    contact_phone = PhoneField(_("contact phone"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    featured = models.BooleanField(_("featured"), default=False)

    search_en, search_zh = search_fields(
        name=["name"],
        summary=["summary"],
        body=["body", "facilities", "services", "address"],
    )

    objects = SearchableManager.from_queryset(ParkQuerySet)()

    class Meta:
        ordering = ["name"]
        verbose_name = _("park")
        verbose_name_plural = _("parks")
        indexes = [
            # Park list filtered by district and kind.
            models.Index(fields=["district", "kind"], name="park_district_kind"),
            *search_indexes("park", "name"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True)
                | models.Q(latitude__gte=-90, latitude__lte=90),
                name="park_latitude_range",
                violation_error_message=_("The latitude must lie between -90 and 90."),
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__isnull=True)
                | models.Q(longitude__gte=-180, longitude__lte=180),
                name="park_longitude_range",
                violation_error_message=_(
                    "The longitude must lie between -180 and 180."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(area_hectares__isnull=True)
                | models.Q(area_hectares__gte=0),
                name="park_area_not_negative",
                violation_error_message=_("The area cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(available_space_sqm__isnull=True)
                | models.Q(available_space_sqm__gte=0),
                name="park_space_not_negative",
                violation_error_message=_("The available space cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("parks:detail", kwargs={"slug": self.slug})


class ParkImage(TimeStampedModel):
    park = models.ForeignKey(
        Park, on_delete=models.CASCADE, related_name="images", verbose_name=_("park")
    )
    image = models.ImageField(
        _("image"), upload_to="parks/", validators=[validate_image]
    )
    caption = models.CharField(_("caption"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("park image")
        verbose_name_plural = _("park images")

    def __str__(self) -> str:
        return self.caption or f"{self.park} #{self.order}"
