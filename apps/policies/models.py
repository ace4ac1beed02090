from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from operator import attrgetter

from django.contrib.postgres.fields import ArrayField
from django.core.validators import FileExtensionValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.core.editor import RichTextField
from apps.core.models import (
    Publishable,
    PublishableQuerySet,
    SluggedModel,
    TimeStampedModel,
)
from apps.districts.models import District, Industry
from apps.organizations.models import (
    DesignationKind,
    Organization,
    OrganizationQuerySet,
    Stage,
)
from apps.search.documents import search_fields, search_indexes
from apps.search.searchable import SearchableManager, SearchableQuerySet


class PolicyLevel(models.TextChoices):
    NATIONAL = "national", _("National")
    MUNICIPAL = "municipal", _("Municipal")
    DISTRICT = "district", _("District")


class PolicyQuerySet(SearchableQuerySet, PublishableQuerySet):
    search_name_field = "title"

    def issuers(self) -> OrganizationQuerySet:
        """Published organizations that issued a published policy."""
        issued = self.published().values("issuer_id")
        return Organization.objects.published().filter(pk__in=issued)

    def for_listing(self) -> PolicyQuerySet:
        """Published policies with their issuer."""
        return self.published().select_related("issuer")

    def for_cards(self) -> PolicyQuerySet:
        """Published policies with their issuer and districts."""
        return self.for_listing().prefetch_related("districts")

    def for_detail(self) -> PolicyQuerySet:
        """Published policies with their issuer, districts, industries and focus
        areas."""
        return self.for_listing().prefetch_related(
            "districts", "industries", "focus_areas"
        )

    def as_links(self) -> PolicyQuerySet:
        """Only what a one-line link to a policy shows: title, level, year, issuer."""
        return self.select_related("issuer").only(
            "slug", "title", "level", "year", "issuer__name"
        )

    def applicable_to(self, district: District) -> PolicyQuerySet:
        """Published policies naming the district or city-wide ones, newest first."""
        return (
            self.for_listing()
            .filter(_names_or_all(Policy.districts.through, district=district))
            .order_by("-year", "-issued_on", "title")
        )

    def for_profile(
        self, *, industry: Industry | None = None, district: District | None = None
    ) -> PolicyQuerySet:
        """Live policies for an enterprise's industry and district: naming them, or
        naming none (every industry; city-wide). None given = any."""
        policies = self.live()
        if industry is not None:
            policies = policies.filter(
                _names_or_all(Policy.industries.through, industry=industry)
            )
        if district is not None:
            policies = policies.filter(
                _names_or_all(Policy.districts.through, district=district)
            )
        return policies

    def measures_missing(self) -> PolicyQuerySet:
        """Policies with no measure entered, or fewer than they state."""
        return self.annotate(measures_entered=models.Count("measures")).filter(
            models.Q(measures_entered=0)
            | models.Q(measure_count__gt=models.F("measures_entered"))
        )

    def live(self) -> PolicyQuerySet:
        """Published policies that have not expired."""
        today = timezone.localdate()
        return self.published().filter(
            models.Q(expires_on__isnull=True) | models.Q(expires_on__gte=today)
        )

    def years(self) -> list[int]:
        """Years of published policies, newest first."""
        return list(
            self.published().order_by("-year").values_list("year", flat=True).distinct()
        )

    def for_api(self) -> PolicyQuerySet:
        """Published policies with issuer, published districts and industries."""
        return self.for_listing().prefetch_related(
            models.Prefetch("districts", queryset=District.objects.published()),
            "industries",
        )

    def for_api_detail(self) -> PolicyQuerySet:
        """Published policies with their measures too."""
        return self.for_api().prefetch_related(
            models.Prefetch(
                "measures",
                queryset=Measure.objects.select_related("category").order_by("number"),
            )
        )


def _names_or_all(through: type[models.Model], **value: models.Model) -> models.Q:
    """The policy's districts (or industries) include the value, or there are
    none: no districts means city-wide, no industries means every industry."""
    links = through.objects.filter(policy=models.OuterRef("pk"))
    return models.Q(models.Exists(links.filter(**value))) | ~models.Q(
        models.Exists(links)
    )


class Policy(Publishable, SluggedModel):
    title = models.CharField(_("title"), max_length=300)
    short_title = models.CharField(_("short title"), max_length=120, blank=True)
    level = models.CharField(_("level"), max_length=10, choices=PolicyLevel.choices)
    issuer = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="issued_policies",
        verbose_name=_("issuing authority"),
    )
    document_number = models.CharField(_("document number"), max_length=100, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"), help_text=_("Filled from the issue date when one is given.")
    )
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    effective_on = models.DateField(_("effective from"), null=True, blank=True)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    measure_count = models.PositiveSmallIntegerField(
        _("number of measures"),
        null=True,
        blank=True,
        help_text=_("As the policy states it, even when not every measure is entered."),
    )
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("text"), blank=True)
    districts = models.ManyToManyField(
        District,
        blank=True,
        related_name="policies",
        verbose_name=_("districts"),
        help_text=_("Leave empty for a policy that applies city-wide."),
    )
    industries = models.ManyToManyField(
        Industry, blank=True, related_name="policies", verbose_name=_("industries")
    )
    attachment = models.FileField(
        _("attachment (PDF)"),
        upload_to="policies/",
        blank=True,
        validators=[FileExtensionValidator(["pdf"])],
    )
    source_url = models.URLField(
        _("official text"),
        blank=True,
        help_text=_(
            "Where the issuer publishes the full text (its website). The page sends "
            "readers there, or to the attachment; with neither it offers an inquiry."
        ),
    )
    focus_areas = models.ManyToManyField(
        "MeasureCategory",
        blank=True,
        related_name="policies",
        verbose_name=_("focus areas"),
        help_text=_(
            "The areas the policy says it focuses on, shown even before its measures "
            "are entered."
        ),
    )

    search_en, search_zh = search_fields(
        name=["title", "short_title"], summary=["summary"], body=["body"]
    )

    objects = SearchableManager.from_queryset(PolicyQuerySet)()

    class Meta:
        ordering = ["-year", "-issued_on", "title"]
        verbose_name = _("policy")
        verbose_name_plural = _("policies")
        indexes = [
            # The policy library and a district's policies: newest first, by title
            # in the reader's language (the Meta ordering), read in index order.
            *(
                models.Index(
                    fields=["-year", "-issued_on", f"title_{suffix}"],
                    condition=models.Q(status="published"),
                    name=f"policy_list_{suffix[:2]}",
                )
                for suffix in ("en", "zh_hans")
            ),
            *search_indexes("policy", "title"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(effective_on__isnull=True)
                | models.Q(issued_on__isnull=True)
                | models.Q(effective_on__gte=models.F("issued_on")),
                name="policy_effective_after_issue",
                violation_error_message=_(
                    "A policy cannot take effect before it is issued."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(issued_on__isnull=True)
                | models.Q(issued_on__year=models.F("year")),
                name="policy_issue_date_matches_year",
                violation_error_message=_(
                    "The date issued must fall in the policy's year."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        if self.issued_on:
            self.year = self.issued_on.year
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("policies:detail", kwargs={"slug": self.slug})


class MeasureCategory(SluggedModel, TimeStampedModel):
    """How measures are grouped, e.g. review and approval, clinical research."""

    name = models.CharField(_("name"), max_length=160)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("measure category")
        verbose_name_plural = _("measure categories")

    def __str__(self) -> str:
        return self.name


class MeasureQuerySet(models.QuerySet):
    def by_category(
        self, *within: str
    ) -> list[tuple[MeasureCategory | None, list[Measure]]]:
        """Measures grouped by category, in the categories' order (None last)."""
        measures = self.select_related("category").order_by(
            "category__order", "category__name", "category_id", *within, "number"
        )
        return [
            (category, list(items))
            for category, items in groupby(measures, key=attrgetter("category"))
        ]

    def for_profile(
        self,
        *,
        industry: Industry | None = None,
        district: District | None = None,
        designations: Iterable[str] = (),
        stage: str = "",
    ) -> MeasureQuerySet:
        """Measures of live policies that apply to an enterprise with this profile."""
        # Eligibility (apps.opportunities, kept off this schema) may require one of
        # some designations and, when a stage is given, that stage.
        policies = Policy.objects.for_profile(industry=industry, district=district)
        designation_ok = models.Q(eligibility__designations=[])
        if designations:
            designation_ok |= models.Q(
                eligibility__designations__overlap=list(designations)
            )
        stage_ok = models.Q()
        if stage:
            stage_ok = models.Q(eligibility__stages=[]) | models.Q(
                eligibility__stages__contains=[stage]
            )
        return (
            self.filter(policy__in=policies.values("pk"))
            .filter(models.Q(eligibility__isnull=True) | (designation_ok & stage_ok))
            .select_related("policy")
        )


class Measure(TimeStampedModel):
    """One numbered measure of a policy."""

    policy = models.ForeignKey(
        Policy,
        on_delete=models.CASCADE,
        related_name="measures",
        verbose_name=_("policy"),
    )
    number = models.PositiveSmallIntegerField(_("number"))
    category = models.ForeignKey(
        MeasureCategory,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="measures",
        verbose_name=_("category"),
    )
    title = models.CharField(_("title"), max_length=300)
    text = models.TextField(_("text"), blank=True)

    objects = MeasureQuerySet.as_manager()

    class Meta:
        ordering = ["number"]
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        constraints = [
            models.UniqueConstraint(
                fields=["policy", "number"], name="measure_number_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(number__gte=1),
                name="measure_number_positive",
                violation_error_message=_("Measure numbers start at 1."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"


class MeasureEligibility(TimeStampedModel):
    """Which enterprises a policy measure is meant for, when it is not everyone.

    A measure without a row (or with empty lists) applies to every enterprise.
    """

    measure = models.OneToOneField(
        Measure,
        on_delete=models.CASCADE,
        related_name="eligibility",
        verbose_name=_("measure"),
    )
    designations = ArrayField(
        models.CharField(max_length=20, choices=DesignationKind.choices),
        default=list,
        blank=True,
        verbose_name=_("designations"),
        help_text=_(
            "Only enterprises with one of these designations qualify. "
            "Empty: any enterprise."
        ),
    )
    stages = ArrayField(
        models.CharField(max_length=20, choices=Stage.choices),
        default=list,
        blank=True,
        verbose_name=_("stages"),
        help_text=_("Only enterprises at one of these stages qualify. Empty: any."),
    )

    class Meta:
        ordering = ["measure__policy", "measure__number"]
        verbose_name = _("measure eligibility")
        verbose_name_plural = _("measure eligibility")

    def __str__(self) -> str:
        return str(self.measure)
