"""Guides: how-to pages (setting up a company, settling in a park, applying for a
measure, aftercare) as ordered steps, each with the authority responsible, the
typical time, the documents needed and a link."""

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
from apps.districts.models import District, Industry
from apps.organizations.models import Organization
from apps.parks.models import Park
from apps.policies.models import Policy
from apps.search.documents import search_fields, search_indexes
from apps.search.searchable import SearchableManager, SearchableQuerySet


class Audience(models.TextChoices):
    INVESTORS = "investors", _("Investors planning a project")
    SETTLING = "settling", _("Enterprises settling in")
    ESTABLISHED = "established", _("Established enterprises")
    EVERYONE = "everyone", _("Every enterprise")


class GuideQuerySet(SearchableQuerySet, PublishableQuerySet):
    search_name_field = "title"

    def for_listing(self) -> GuideQuerySet:
        """Published guides with only what a card shows, in the office's order."""
        return (
            self.published()
            .only("slug", "title", "summary", "audience", "order")
            .order_by("order", "title", "pk")
        )

    def for_detail(self) -> GuideQuerySet:
        """Published guides with their steps (and each step's authority) and what
        they relate to."""
        return self.published().prefetch_related(
            models.Prefetch(
                "steps",
                queryset=GuideStep.objects.select_related("organization"),
            ),
            "districts",
            "parks",
            "industries",
            "policies",
        )

    def as_links(self) -> GuideQuerySet:
        """Only what a one-line link to a guide shows."""
        return self.for_listing().only("slug", "title", "summary", "audience")

    def for_district(self, district: District) -> GuideQuerySet:
        """Published guides about a district."""
        return self.as_links().filter(districts=district)

    def for_park(self, park: Park) -> GuideQuerySet:
        """Published guides about a park."""
        return self.as_links().filter(parks=park)

    def for_policy(self, policy: Policy) -> GuideQuerySet:
        """Published guides about a policy (applying for its measures)."""
        return self.as_links().filter(policies=policy)

    def for_industry(self, industry: Industry) -> GuideQuerySet:
        """Published guides for an industry."""
        return self.as_links().filter(industries=industry)

    def for_api(self) -> GuideQuerySet:
        """Published guides with their steps and relations, in the list's order."""
        return self.for_detail().order_by("order", "title", "pk")


class Guide(Publishable, SluggedModel):
    """A how-to page: who it is for, and its steps in order."""

    title = models.CharField(_("title"), max_length=250)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown on cards.")
    )
    body = RichTextField(
        _("introduction"),
        blank=True,
        help_text=_("What the guide helps with, before the steps."),
    )
    audience = models.CharField(
        _("audience"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.EVERYONE,
    )
    districts = models.ManyToManyField(
        District, blank=True, related_name="guides", verbose_name=_("districts")
    )
    parks = models.ManyToManyField(
        Park, blank=True, related_name="guides", verbose_name=_("parks")
    )
    industries = models.ManyToManyField(
        Industry, blank=True, related_name="guides", verbose_name=_("industries")
    )
    policies = models.ManyToManyField(
        Policy,
        blank=True,
        related_name="guides",
        verbose_name=_("policies"),
        help_text=_("Policies whose measures the guide helps to apply for."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    search_en, search_zh = search_fields(
        name=["title"], summary=["summary"], body=["body"]
    )

    objects = SearchableManager.from_queryset(GuideQuerySet)()

    class Meta:
        ordering = ["order", "title"]
        verbose_name = _("guide")
        verbose_name_plural = _("guides")
        indexes = search_indexes("guide", "title")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("guides:detail", kwargs={"slug": self.slug})


class GuideStep(TimeStampedModel):
    """One step of a guide, in order."""

    guide = models.ForeignKey(
        Guide, on_delete=models.CASCADE, related_name="steps", verbose_name=_("guide")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=250)
    body = RichTextField(_("what to do"), blank=True)
    authority = models.CharField(
        _("authority responsible"),
        max_length=250,
        blank=True,
        help_text=_("The office that handles the step, as the source names it."),
    )
    organization = models.ForeignKey(
        Organization,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="guide_steps",
        verbose_name=_("authority in the directory"),
        help_text=_("Links the step to the authority's page, when it has one."),
    )
    typical_time = models.CharField(
        _("typical time"),
        max_length=120,
        blank=True,
        help_text=_(
            "As the source states it, e.g. '5 working days'; empty if unknown."
        ),
    )
    documents = models.TextField(
        _("documents needed"), blank=True, help_text=_("One document per line.")
    )
    link = models.URLField(_("link"), blank=True)

    class Meta:
        ordering = ["guide", "order", "pk"]
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self) -> str:
        return f"{self.guide} · {self.order}. {self.title}"

    @property
    def document_list(self) -> list[str]:
        return [line.strip() for line in self.documents.splitlines() if line.strip()]
