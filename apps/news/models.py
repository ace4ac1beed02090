from __future__ import annotations

from datetime import datetime

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from apps.agreements.models import Agreement
from apps.core.editor import RichTextField
from apps.core.models import (
    Publishable,
    PublishableQuerySet,
    SluggedModel,
    year_inferred_field,
)
from apps.core.validators import validate_image
from apps.districts.models import District
from apps.events.models import Event
from apps.organizations.models import Organization
from apps.search.documents import search_fields, search_indexes
from apps.search.searchable import SearchableManager, SearchableQuerySet


class ArticleQuerySet(SearchableQuerySet, PublishableQuerySet):
    search_name_field = "title"

    def for_listing(self) -> ArticleQuerySet:
        """Published articles, newest first."""
        return self.published().order_by("-published_at")

    def as_links(self) -> ArticleQuerySet:
        """Only what a one-line link to an article shows: title and date."""
        return self.only(
            "slug", "title", "published_at", "only_year_known", "year_inferred"
        )

    def for_detail(self) -> ArticleQuerySet:
        """Published articles with their published districts, events and agreements."""
        return self.published().prefetch_related(
            models.Prefetch("districts", queryset=District.objects.published()),
            models.Prefetch("events", queryset=Event.objects.published()),
            models.Prefetch("agreements", queryset=Agreement.objects.published()),
        )

    def for_api(self) -> ArticleQuerySet:
        """Published articles, newest first, with their published districts."""
        return self.for_listing().prefetch_related(
            models.Prefetch("districts", queryset=District.objects.published())
        )

    def feed_state(self) -> tuple[datetime | None, int]:
        """When live news last changed (published or edited) and how many are live."""
        latest = self.published().aggregate(
            published=models.Max("published_at"),
            updated=models.Max("updated_at"),
            live=models.Count("id"),
        )
        moments = [latest["published"], latest["updated"]]
        moments = [moment for moment in moments if moment is not None]
        return (max(moments) if moments else None), latest["live"]


class Article(Publishable, SluggedModel):
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("body"))
    cover_image = models.ImageField(
        _("cover image"), upload_to="news/", blank=True, validators=[validate_image]
    )
    cover_alt = models.CharField(_("cover description"), max_length=200, blank=True)
    source_name = models.CharField(_("source"), max_length=200, blank=True)
    source_url = models.URLField(_("source link"), blank=True)
    only_year_known = models.BooleanField(
        _("only the year is known"),
        default=False,
        help_text=_(
            "Tick when the source gives only the year of the article: pages show "
            "the year of the publication date, not the day."
        ),
    )
    year_inferred = year_inferred_field()
    districts = models.ManyToManyField(
        District, blank=True, related_name="articles", verbose_name=_("districts")
    )
    events = models.ManyToManyField(
        Event, blank=True, related_name="articles", verbose_name=_("events")
    )
    agreements = models.ManyToManyField(
        Agreement, blank=True, related_name="articles", verbose_name=_("agreements")
    )
    organizations = models.ManyToManyField(
        Organization,
        blank=True,
        related_name="articles",
        verbose_name=_("organizations"),
    )

    search_en, search_zh = search_fields(
        name=["title"], summary=["summary"], body=["body"]
    )

    objects = SearchableManager.from_queryset(ArticleQuerySet)()

    class Meta:
        ordering = ["-published_at"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = search_indexes("article", "title")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("news:detail", kwargs={"slug": self.slug})
