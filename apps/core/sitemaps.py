"""/sitemap.xml: every public page in English and Chinese, with hreflang alternates.

Each content sitemap lists the published items of one model. A sitemap whose detail
page does not exist (its URL name cannot be reversed) lists nothing, so the sitemap
never breaks while parts of the portal are still being built.
"""

from __future__ import annotations

from django.apps import apps
from django.contrib.sitemaps import Sitemap
from django.urls import NoReverseMatch, reverse


def _routable(url_name: str, **kwargs) -> bool:
    try:
        reverse(url_name, kwargs=kwargs or None)
    except NoReverseMatch:
        return False
    return True


class BilingualSitemap(Sitemap):
    """Each URL once per language, with alternates for the others and x-default."""

    i18n = True
    alternates = True
    x_default = True


class ContentSitemap(BilingualSitemap):
    """Published items of one content model (`model` is "app_label.ModelName")."""

    model = ""
    url_name = ""
    changefreq = "weekly"

    def items(self):
        if not _routable(self.url_name, slug="x"):
            return []
        return self.published().order_by("pk").only("pk", "slug", "updated_at")

    def published(self):
        return apps.get_model(self.model).objects.published()

    def lastmod(self, item):
        return item.updated_at


class DistrictSitemap(ContentSitemap):
    model = "districts.District"
    url_name = "districts:detail"
    priority = 0.8


class ParkSitemap(ContentSitemap):
    model = "parks.Park"
    url_name = "parks:detail"
    priority = 0.7


class OrganizationSitemap(ContentSitemap):
    model = "enterprises.Organization"
    url_name = "enterprises:detail"
    priority = 0.5


class EventSitemap(ContentSitemap):
    model = "events.Event"
    url_name = "events:detail"
    priority = 0.6


class AgreementSitemap(ContentSitemap):
    model = "agreements.Agreement"
    url_name = "agreements:detail"
    priority = 0.5


class PolicySitemap(ContentSitemap):
    model = "policies.Policy"
    url_name = "policies:detail"
    priority = 0.7


class ArticleSitemap(ContentSitemap):
    model = "news.Article"
    url_name = "news:detail"
    changefreq = "monthly"
    priority = 0.5


class OpportunitySitemap(ContentSitemap):
    model = "opportunities.Opportunity"
    url_name = "opportunities:detail"
    priority = 0.6


class PageSitemap(BilingualSitemap):
    """The home page and the list pages that exist."""

    changefreq = "daily"
    priority = 0.9
    url_names = [
        "core:home",
        "districts:list",
        "districts:compare",
        "parks:list",
        "enterprises:list",
        "enterprises:services",
        "events:list",
        "agreements:list",
        "policies:list",
        "news:list",
        "opportunities:list",
        "opportunities:finder",
        "opportunities:policies_for_me",
        "inquiries:create",
    ]

    def items(self):
        return [name for name in self.url_names if _routable(name)]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "pages": PageSitemap,
    "districts": DistrictSitemap,
    "parks": ParkSitemap,
    "organizations": OrganizationSitemap,
    "events": EventSitemap,
    "agreements": AgreementSitemap,
    "policies": PolicySitemap,
    "news": ArticleSitemap,
    "opportunities": OpportunitySitemap,
}
