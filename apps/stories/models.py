"""Success stories: case studies of organizations already established in a
district, with a quote and key figures with their sources."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from apps.core.editor import RichTextField
from apps.core.models import (
    Publishable,
    PublishableQuerySet,
    SluggedModel,
    TimeStampedModel,
)
from apps.core.quantities import UNIT_CHOICES, Qualifier, format_quantity
from apps.core.validators import validate_image
from apps.districts.models import District, Industry
from apps.organizations.models import Organization
from apps.parks.models import Park
from apps.search.documents import search_fields, search_indexes
from apps.search.searchable import SearchableManager, SearchableQuerySet


class StoryQuerySet(SearchableQuerySet, PublishableQuerySet):
    search_name_field = "title"

    def for_listing(self) -> StoryQuerySet:
        """Published stories with what a card shows, newest first."""
        return (
            self.published()
            .select_related("organization", "district")
            .only(
                "slug",
                "title",
                "summary",
                "image",
                "image_alt",
                "published_at",
                "organization__slug",
                "organization__name",
                "district__slug",
                "district__name",
            )
            .order_by("-published_at", "pk")
        )

    def for_detail(self) -> StoryQuerySet:
        """Published stories with their organization, places, industries, figures."""
        return (
            self.published()
            .select_related("organization", "district", "park")
            .prefetch_related("industries", "figures")
        )

    def for_api(self) -> StoryQuerySet:
        """Published stories as the API lists them, newest first."""
        return self.for_detail().order_by("-published_at", "pk")


class Story(Publishable, SluggedModel):
    """A case study: an organization, where it is, its story in its own words."""

    title = models.CharField(_("headline"), max_length=250)
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="stories",
        verbose_name=_("organization"),
    )
    district = models.ForeignKey(
        District,
        on_delete=models.PROTECT,
        related_name="stories",
        verbose_name=_("district"),
    )
    park = models.ForeignKey(
        Park,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="stories",
        verbose_name=_("park"),
    )
    industries = models.ManyToManyField(
        Industry, blank=True, related_name="stories", verbose_name=_("industries")
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown on cards.")
    )
    body = RichTextField(_("story"), blank=True)
    quote = models.TextField(_("quote"), blank=True)
    quote_attribution = models.CharField(
        _("quote by"),
        max_length=250,
        blank=True,
        help_text=_("Name and title of the person quoted; required with a quote."),
    )
    image = models.ImageField(
        _("image"), upload_to="stories/", blank=True, validators=[validate_image]
    )
    image_alt = models.CharField(
        _("image description"),
        max_length=200,
        blank=True,
        help_text=_("What the image shows, for readers who cannot see it."),
    )

    search_en, search_zh = search_fields(
        name=["title"], summary=["summary"], body=["body", "quote"]
    )

    objects = SearchableManager.from_queryset(StoryQuerySet)()

    class Meta:
        ordering = ["-published_at", "title"]
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")
        indexes = search_indexes("story", "title")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(quote="") | ~models.Q(quote_attribution=""),
                name="story_quote_has_attribution",
                violation_error_message=_("A quote needs the name of who said it."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("stories:detail", kwargs={"slug": self.slug})


class StoryFigure(TimeStampedModel):
    """A key figure of a story, with its source."""

    story = models.ForeignKey(
        Story, on_delete=models.CASCADE, related_name="figures", verbose_name=_("story")
    )
    label = models.CharField(_("what it counts"), max_length=200)
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=20, choices=UNIT_CHOICES)
    qualifier = models.CharField(
        _("qualifier"),
        max_length=10,
        choices=Qualifier.choices,
        default=Qualifier.EXACT,
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=300)
    source_url = models.URLField(_("source link"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["story", "order", "pk"]
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(value__gte=0),
                name="storyfigure_value_not_negative",
                violation_error_message=_("A figure cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label}: {self.amount}"

    @property
    def amount(self) -> str:
        return format_quantity(
            self.value,
            self.unit,
            language=get_language() or "en",
            qualifier=self.qualifier,
        )
