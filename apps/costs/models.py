"""Costs of doing business: land prices, rents, wages, utilities, taxes and fees of
a district, or of one park in it, with unit, year and source."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from apps.core.models import Publishable, PublishableQuerySet
from apps.core.quantities import UNITS, format_quantity, format_range
from apps.districts.models import District
from apps.parks.models import Park


class CostCategory(models.TextChoices):
    INDUSTRIAL_LAND = "industrial_land", _("Industrial land price")
    FACTORY_RENT = "factory_rent", _("Factory rent")
    OFFICE_RENT = "office_rent", _("Office rent")
    LAB_RENT = "lab_rent", _("Lab space rent")
    WAGES = "wages", _("Wages by role")
    ELECTRICITY = "electricity", _("Electricity")
    WATER = "water", _("Water")
    GAS = "gas", _("Gas")
    TAXES = "taxes", _("Corporate and local taxes and fees")
    OTHER = "other", _("Other costs")


class CostPeriod(models.TextChoices):
    YEAR = "year", _("Whole year")
    H1 = "h1", _("First half")
    H2 = "h2", _("Second half")
    Q1 = "q1", _("First quarter")
    Q2 = "q2", _("Second quarter")
    Q3 = "q3", _("Third quarter")
    Q4 = "q4", _("Fourth quarter")


# The units a cost may be given in (codes of apps/core/quantities.py UNITS), named
# here rather than derived from UNITS so that a unit added there for another figure
# does not change this table's constraint.
COST_UNITS = (
    "CNY",
    "USD",
    "EUR",
    "CNY/m2/month",
    "CNY/m2/day",
    "CNY/m2",
    "CNY/mu",
    "CNY/kWh",
    "CNY/m3",
    "CNY/month",
    "CNY/year",
    "percent",
)
COST_UNIT_CHOICES = [(code, UNITS[code].label) for code in COST_UNITS]

CATEGORY_ORDER = {value: index for index, value in enumerate(CostCategory.values)}


class CostItemQuerySet(PublishableQuerySet):
    def live(self) -> CostItemQuerySet:
        """Published costs of published districts, and of published parks when
        narrowed to one."""
        return self.published().filter(
            Q(park__isnull=True) | Q(park__in=Park.objects.published()),
            district__in=District.objects.published(),
        )

    def for_table(self) -> CostItemQuerySet:
        """Live costs with the park a row names, in table order."""
        return (
            self.live()
            .select_related("park")
            .order_by("category", "park__name", "-year", "label", "pk")
        )

    def for_district(self, district: District) -> CostItemQuerySet:
        """A district's costs, district-wide and of its parks."""
        return self.for_table().filter(district=district)

    def for_park(self, park: Park) -> CostItemQuerySet:
        """A park's own costs and its district's district-wide ones."""
        return self.for_table().filter(
            Q(park=park) | Q(park__isnull=True, district_id=park.district_id)
        )

    def for_districts(self, districts) -> CostItemQuerySet:
        """Costs of several districts (the comparison), with their park."""
        return self.for_table().filter(district__in=districts)

    def for_budget(self) -> CostItemQuerySet:
        """Live rents and land prices, with only what the site finder compares."""
        return (
            self.live()
            .filter(category__in=BUDGET_CATEGORIES)
            .only("district_id", "park_id", "category", "value_low", "unit")
        )

    def for_listing(self) -> CostItemQuerySet:
        """Live costs with their district and park, for the cost list and the API."""
        return (
            self.live()
            .select_related("district", "park")
            .order_by(
                "district__order",
                "district__name",
                "category",
                "park__name",
                "-year",
                "label",
                "pk",
            )
        )


class CostItem(Publishable):
    """One cost of doing business: a value or a range, its unit, year and source."""

    district = models.ForeignKey(
        District,
        on_delete=models.CASCADE,
        related_name="cost_items",
        verbose_name=_("district"),
    )
    park = models.ForeignKey(
        Park,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="cost_items",
        verbose_name=_("park"),
        help_text=_("Only when the cost is that park's; it must lie in the district."),
    )
    category = models.CharField(
        _("category"), max_length=20, choices=CostCategory.choices
    )
    label = models.CharField(
        _("item"),
        max_length=200,
        blank=True,
        help_text=_(
            "What exactly is priced: the role for wages ('laboratory technician'), "
            "the kind of space or tariff ('standard factory, ground floor')."
        ),
    )
    value_low = models.DecimalField(
        _("value (or lowest)"),
        max_digits=14,
        decimal_places=2,
        help_text=_("The price, or the low end of a range. Never negative."),
    )
    value_high = models.DecimalField(
        _("highest value"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("The high end of a range; empty for a single value."),
    )
    unit = models.CharField(
        _("unit and currency"),
        max_length=20,
        choices=COST_UNIT_CHOICES,
        error_messages={
            "invalid_choice": _(
                "%(value)r is not a unit of the list: choose one, such as yuan per "
                "m² per month."
            )
        },
    )
    year = models.PositiveSmallIntegerField(_("year"))
    period = models.CharField(
        _("period"),
        max_length=10,
        choices=CostPeriod.choices,
        default=CostPeriod.YEAR,
        help_text=_("The part of the year the figure refers to."),
    )
    source = models.CharField(
        _("source"),
        max_length=300,
        help_text=_("Who publishes the figure (a bureau, a notice, a survey)."),
    )
    source_url = models.URLField(_("source link"), blank=True)
    note = models.TextField(_("note"), blank=True)

    objects = CostItemQuerySet.as_manager()

    class Meta:
        ordering = ["district", "category", "-year", "pk"]
        verbose_name = _("cost item")
        verbose_name_plural = _("cost items")
        indexes = [
            # The district and park pages' cost tables, the API's district filter.
            models.Index(fields=["district", "category"], name="costitem_district"),
            # The park page's own costs.
            models.Index(fields=["park", "category"], name="costitem_park"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(value_low__gte=0),
                name="costitem_value_not_negative",
                violation_error_message=_("A price cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(value_high__isnull=True)
                | Q(value_high__gte=models.F("value_low")),
                name="costitem_low_not_above_high",
                violation_error_message=_(
                    "The lowest value must not be above the highest value."
                ),
            ),
            models.CheckConstraint(
                condition=Q(unit__in=COST_UNITS),
                name="costitem_unit_known",
                violation_error_message=_("Choose a unit from the list."),
            ),
            models.CheckConstraint(
                condition=Q(year__gte=1949, year__lte=2100),
                name="costitem_year_plausible",
                violation_error_message=_("The year must lie between 1949 and 2100."),
            ),
        ]

    def __str__(self) -> str:
        what = self.label or self.get_category_display()
        return f"{self.district} · {what} · {self.year}"

    def get_absolute_url(self) -> str:
        return reverse("costs:list") + f"?district={self.district.slug}"

    def clean(self) -> None:
        super().clean()
        if (
            self.park_id
            and self.district_id
            and self.park.district_id != (self.district_id)
        ):
            raise ValidationError(
                {"park": _("This park lies in another district.")},
                code="park_in_other_district",
            )

    @property
    def is_range(self) -> bool:
        return self.value_high is not None and self.value_high != self.value_low

    @property
    def amount(self) -> str:
        """The value in the reader's language, e.g. 45 to 60 yuan per m² per month."""
        language = get_language() or "en"
        if self.is_range:
            return format_range(
                self.value_low, self.value_high, self.unit, language=language
            )
        return format_quantity(self.value_low, self.unit, language=language)


# What the site finder's budget compares: rents per m² per month, land per m².
RENT_CATEGORIES = (
    CostCategory.FACTORY_RENT,
    CostCategory.OFFICE_RENT,
    CostCategory.LAB_RENT,
)
BUDGET_CATEGORIES = (*RENT_CATEGORIES, CostCategory.INDUSTRIAL_LAND)
SQM_PER_MU = Decimal("666.67")
DAYS_PER_MONTH = Decimal(365) / Decimal(12)
