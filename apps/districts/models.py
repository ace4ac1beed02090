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
    year_inferred_field,
)
from apps.core.ordering import name_order
from apps.core.phones import PhoneField
from apps.core.quantities import GENERIC, Qualifier, unit_spec, validate_unit
from apps.core.validators import validate_image
from apps.search.documents import search_fields, search_indexes
from apps.search.searchable import SearchableManager, SearchableQuerySet


class IndustryQuerySet(SearchableQuerySet):
    def published(self) -> IndustryQuerySet:
        """Every industry: the taxonomy has no drafts, each has its sector page."""
        return self.all()

    def for_listing(self) -> IndustryQuerySet:
        """Industries in the office's order, then by name (pinyin in Chinese)."""
        return self.order_by("order", name_order(), "pk")


class Industry(SluggedModel, TimeStampedModel):
    """A small taxonomy shared by districts, parks, organizations and policies."""

    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Shown at the top of the sector page."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    search_en, search_zh = search_fields(name=["name"], body=["description"])

    objects = SearchableManager.from_queryset(IndustryQuerySet)()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("industry")
        verbose_name_plural = _("industries")
        indexes = search_indexes("industry", "name")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        # The sector page (apps/industries, a higher layer) is named, not imported.
        return reverse("industries:detail", kwargs={"slug": self.slug})


class DistrictQuerySet(SearchableQuerySet, PublishableQuerySet):
    def for_listing(self) -> DistrictQuerySet:
        """Published districts with the industries a card shows, in the office's
        order, then by name (pinyin in Chinese)."""
        return (
            self.published()
            .prefetch_related("industries")
            .order_by("order", name_order(), "pk")
        )

    def as_cards(self) -> DistrictQuerySet:
        """Published districts with only what a card shows: name, summary and the
        names of their industries."""
        return (
            self.published()
            .only("slug", "name", "summary")
            .prefetch_related(
                models.Prefetch("industries", queryset=Industry.objects.only("name"))
            )
        )

    def for_api_detail(self) -> DistrictQuerySet:
        """Published districts with their industries and figures."""
        return self.for_listing().prefetch_related(
            models.Prefetch(
                "indicators", queryset=Indicator.objects.select_related("metric")
            )
        )


class District(Publishable, SluggedModel):
    name = models.CharField(_("name"), max_length=120)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown on cards.")
    )
    body = RichTextField(_("profile"), blank=True)
    hero_image = models.ImageField(
        _("hero image"), upload_to="districts/", blank=True, validators=[validate_image]
    )
    industries = models.ManyToManyField(
        Industry, blank=True, related_name="districts", verbose_name=_("key industries")
    )
    contact_name = models.CharField(_("contact team"), max_length=200, blank=True)
    contact_phone = PhoneField(_("contact phone"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    inquiry_email = models.EmailField(
        _("inquiry e-mail"),
        blank=True,
        help_text=_(
            "Inquiries about this district are sent here; empty: the office's."
        ),
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    website = models.URLField(_("website"), blank=True)
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown on the home page.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    search_en, search_zh = search_fields(
        name=["name"], summary=["summary"], body=["body", "address"]
    )

    objects = SearchableManager.from_queryset(DistrictQuerySet)()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        indexes = search_indexes("district", "name")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("districts:detail", kwargs={"slug": self.slug})


class Metric(SluggedModel, TimeStampedModel):
    """What an indicator measures, with the base unit its values are stored in
    (industry scale in yuan, CNY; high-tech enterprises, counted)."""

    name = models.CharField(_("name"), max_length=160)
    unit = models.CharField(
        _("unit"),
        max_length=20,
        default=GENERIC,
        # A validator, not `choices`: a unit added to quantities.UNITS needs no
        # migration here. The admin offers UNITS as a list (admin.MetricForm).
        validators=[validate_unit],
        help_text=_(
            "The base unit every figure of this metric is entered in: for money the "
            "currency (yuan, not billion yuan), for counts what is counted. Pages "
            "write 80000000000 yuan as “about 80 billion yuan” and “约800亿元”."
        ),
    )
    description = models.TextField(_("description"), blank=True)
    industry = models.ForeignKey(
        Industry,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="metrics",
        verbose_name=_("industry"),
        help_text=_(
            "The sector this figure measures (e.g. the pharmaceutical industry's "
            "scale); its figures then appear on that sector's page. Empty for "
            "figures of the whole district."
        ),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("metric")
        verbose_name_plural = _("metrics")

    def __str__(self) -> str:
        if self.unit == GENERIC:
            return self.name
        return f"{self.name} ({self.unit_label})"

    @property
    def unit_label(self) -> str:
        """The unit's name in the reader's language: "yuan (CNY)", "家"."""
        return str(unit_spec(self.unit).label)


class IndicatorKind(models.TextChoices):
    ACTUAL = "actual", _("Actual")
    TARGET = "target", _("Target")


class IndicatorQuerySet(models.QuerySet):
    def for_district(self, district: District) -> IndicatorQuerySet:
        """A district's figures with their metric, by metric then year."""
        return self.filter(district=district).select_related("metric")

    def for_profile(self, district: District) -> IndicatorQuerySet:
        """A district's figures with only what its profile shows of them."""
        return self.for_district(district).only(
            "metric_id",
            "year",
            "year_inferred",
            "value",
            "qualifier",
            "kind",
            "source",
            "source_url",
            "metric__slug",
            "metric__name",
            "metric__unit",
            "metric__order",
        )

    def for_districts(self, districts: list[District]) -> IndicatorQuerySet:
        """Figures of several districts with their metric."""
        return self.filter(district__in=districts).select_related("metric")

    def published(self) -> IndicatorQuerySet:
        """Figures of published districts."""
        return self.filter(district__in=District.objects.published())

    def for_industry(self, industry: Industry) -> IndicatorQuerySet:
        """Figures of published districts whose metric measures the industry, by
        metric, district and year, with their district and metric."""
        return (
            self.published()
            .filter(metric__industry=industry)
            .select_related("district", "metric")
            .order_by(
                "metric__order",
                "metric__name",
                "district__order",
                "district__name",
                "kind",
                "year",
                "pk",
            )
        )

    def headline(self) -> IndicatorQuerySet:
        """The latest actual figure per published district and metric, for the home."""
        latest = (
            self.published()
            .filter(kind=IndicatorKind.ACTUAL, year__isnull=False)
            .order_by("district_id", "metric_id", "-year")
            .distinct("district_id", "metric_id")
            .values("pk")
        )
        return (
            self.filter(pk__in=latest)
            .select_related("metric", "district")
            .only(
                "year",
                "year_inferred",
                "value",
                "qualifier",
                "metric__name",
                "metric__unit",
                "district__slug",
                "district__name",
            )
            .order_by(
                "-district__featured", "district__order", "metric__order", "-year"
            )
        )

    def for_api(self) -> IndicatorQuerySet:
        """Figures of published districts, by district, metric and year."""
        return (
            self.published()
            .select_related("district", "metric")
            .order_by(
                "district__order",
                "district__name",
                "metric__order",
                "metric__name",
                "year",
                "kind",
                "pk",
            )
        )


class Indicator(TimeStampedModel):
    """One figure of a district: a metric, a year, a value and where it comes from."""

    district = models.ForeignKey(
        District,
        on_delete=models.CASCADE,
        related_name="indicators",
        verbose_name=_("district"),
    )
    metric = models.ForeignKey(
        Metric,
        on_delete=models.PROTECT,
        related_name="indicators",
        verbose_name=_("metric"),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        help_text=_("Leave empty only when the source gives no year (e.g. a target)."),
    )
    value = models.DecimalField(
        _("value"),
        max_digits=20,
        decimal_places=2,
        help_text=_(
            "The number in the metric's base unit, written out: 80 billion yuan is "
            "80000000000, or enter 80 and choose “billion” under “entered in”."
        ),
    )
    qualifier = models.CharField(
        _("qualifier"),
        max_length=10,
        choices=Qualifier.choices,
        default=Qualifier.EXACT,
        help_text=_(
            "How the source states it: 'over 900', 'about 80', 'at least 100'."
        ),
    )
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=IndicatorKind.choices,
        default=IndicatorKind.ACTUAL,
    )
    source = models.CharField(_("source"), max_length=300, blank=True)
    source_url = models.URLField(_("source link"), blank=True)
    year_inferred = year_inferred_field()

    objects = IndicatorQuerySet.as_manager()

    class Meta:
        ordering = ["metric__order", "metric__name", "year"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        constraints = [
            models.UniqueConstraint(
                fields=["district", "metric", "year", "kind"],
                nulls_distinct=False,
                name="indicator_one_per_district_metric_year_kind",
            ),
            models.CheckConstraint(
                condition=models.Q(value__gte=0),
                name="indicator_value_not_negative",
                violation_error_message=_("A figure cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(year__isnull=True)
                | models.Q(year__gte=1949, year__lte=2100),
                name="indicator_year_plausible",
                violation_error_message=_("The year must lie between 1949 and 2100."),
            ),
        ]

    def __str__(self) -> str:
        year = self.year or "—"
        return f"{self.district} · {self.metric.name} · {year}: {self.value}"
