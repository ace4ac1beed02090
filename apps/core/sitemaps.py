"""The sitemap classes content apps build on (/sitemap.xml lists every public page
in English and Chinese, with hreflang alternates).

Each content app declares a `ContentSitemap` for its published model in its
`sitemaps.py` and registers it (`registry.sitemaps`); the site app puts the
registered sitemaps and its page sitemap together.
"""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from . import registry


class BilingualSitemap(Sitemap):
    """Each URL once per language, with alternates for the others and x-default."""

    i18n = True
    alternates = True
    x_default = True


class ContentSitemap(BilingualSitemap):
    """Published items of one content model (`model`; their get_absolute_url)."""

    model = None
    changefreq = "weekly"

    def items(self):
        return self.published().order_by("pk").only("pk", "slug", "updated_at")

    def published(self):
        return self.model.objects.published()

    def lastmod(self, item):
        return item.updated_at


class PageSitemap(BilingualSitemap):
    """The pages without an object that the apps registered (`registry.pages`)."""

    changefreq = "daily"
    priority = 0.9

    def items(self):
        return [page.url_name for page in sorted(registry.pages, key=_order)]

    def location(self, item):
        return reverse(item)


def _order(page: registry.Page) -> int:
    return page.order


def all_sitemaps() -> dict[str, type[Sitemap]]:
    """The sitemap index's sections: the pages, then each registered model's."""
    return {"pages": PageSitemap, **dict(registry.sitemaps.items())}
