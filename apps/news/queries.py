"""Reads for the public news pages and feeds.

They build on `Article.objects.for_listing()`; they live here rather than on the
QuerySet because the models are shared and frozen for this round.
"""

from __future__ import annotations

from datetime import datetime

from django.db.models import Count, Max, Prefetch, QuerySet

from apps.agreements.models import Agreement
from apps.districts.models import District
from apps.events.models import Event

from .models import Article


def articles_for_cards() -> QuerySet[Article]:
    """Published articles, newest first."""
    return Article.objects.for_listing()


def articles_for_detail() -> QuerySet[Article]:
    """Published articles with their published districts, events and agreements."""
    return Article.objects.published().prefetch_related(
        Prefetch("districts", queryset=District.objects.published()),
        Prefetch("events", queryset=Event.objects.published()),
        Prefetch("agreements", queryset=Agreement.objects.published()),
    )


def articles_for_feed(limit: int = 30) -> list[Article]:
    """The newest published articles, for the RSS and Atom feeds."""
    return list(Article.objects.for_listing()[:limit])


def news_feed_state() -> tuple[datetime | None, int]:
    """When the live news last changed (latest publication or edit) and how many
    articles are live: together they identify a version of the feeds."""
    latest = Article.objects.published().aggregate(
        published=Max("published_at"), updated=Max("updated_at"), live=Count("id")
    )
    moments = [latest["published"], latest["updated"]]
    moments = [moment for moment in moments if moment is not None]
    return (max(moments) if moments else None), latest["live"]


def news_districts() -> QuerySet[District]:
    """Published districts, for the district filter."""
    return District.objects.published()
