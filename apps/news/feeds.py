"""The news as RSS 2.0 and Atom 1.0, in the language of the URL prefix."""

from __future__ import annotations

import hashlib

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import condition

from apps.core.sanitize import html_to_text

from .models import Article

FEED_LENGTH = 30


class LatestNewsFeed(Feed):
    feed_type = Rss201rev2Feed
    title = _("Invest in Beijing — news")
    description = _(
        "News of the Beijing districts' investment promotion: forums, signings, "
        "policies."
    )

    def link(self) -> str:
        return reverse("news:list")

    def feed_url(self) -> str:
        return reverse("news:feed")

    def items(self) -> list[Article]:
        return list(Article.objects.for_listing()[:FEED_LENGTH])

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        # Plain text: the syndication framework escapes it.
        return item.summary or html_to_text(item.body)[:500]

    def item_pubdate(self, item: Article):
        return item.published_at

    def item_updateddate(self, item: Article):
        return max(item.updated_at, item.published_at)

    def item_guid(self, item: Article) -> str:
        return f"news-article-{item.pk}"

    item_guid_is_permalink = False


class LatestNewsAtomFeed(LatestNewsFeed):
    feed_type = Atom1Feed
    subtitle = LatestNewsFeed.description

    def feed_url(self) -> str:
        return reverse("news:atom")


def _last_modified(request, *args, **kwargs):
    return Article.objects.feed_state()[0]


def _etag(request, *args, **kwargs) -> str:
    changed, live = Article.objects.feed_state()
    stamp = changed.isoformat() if changed else ""
    key = f"{request.path}|{translation.get_language()}|{stamp}|{live}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


rss = condition(etag_func=_etag, last_modified_func=_last_modified)(LatestNewsFeed())
atom = condition(etag_func=_etag, last_modified_func=_last_modified)(
    LatestNewsAtomFeed()
)
