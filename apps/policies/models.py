from __future__ import annotations

from django.core.validators import FileExtensionValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from apps.core.models import (
    Publishable,
    PublishableQuerySet,
    SluggedModel,
    TimeStampedModel,
)
from apps.districts.models import District, Industry
from apps.enterprises.models import Organization
from apps.search.documents import search_fields, search_indexes
from apps.search.querysets import SearchableManager, SearchableQuerySet


class PolicyLevel(models.TextChoices):
    NATIONAL = "national", _("National")
    MUNICIPAL = "municipal", _("Municipal")
    DISTRICT = "district", _("District")


class PolicyQuerySet(SearchableQuerySet, PublishableQuerySet):
    search_name_field = "title"

    def for_listing(self) -> PolicyQuerySet:
        """Published policies with their issuer."""
        return self.published().select_related("issuer")


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
    body = models.TextField(_("text"), blank=True)
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

    search_en, search_zh = search_fields(
        name=["title", "short_title"], summary=["summary"], body=["body"]
    )

    objects = SearchableManager.from_queryset(PolicyQuerySet)()

    class Meta:
        ordering = ["-year", "-issued_on", "title"]
        verbose_name = _("policy")
        verbose_name_plural = _("policies")
        indexes = search_indexes("policy", "title")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(effective_on__isnull=True)
                | models.Q(issued_on__isnull=True)
                | models.Q(effective_on__gte=models.F("issued_on")),
                name="policy_effective_after_issue",
            ),
            models.CheckConstraint(
                condition=models.Q(issued_on__isnull=True)
                | models.Q(issued_on__year=models.F("year")),
                name="policy_issue_date_matches_year",
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

    class Meta:
        ordering = ["number"]
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        constraints = [
            models.UniqueConstraint(
                fields=["policy", "number"], name="measure_number_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(number__gte=1), name="measure_number_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"
