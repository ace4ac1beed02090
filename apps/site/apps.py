from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    """The top layer: the home page, health check, robots.txt, the sitemap index
    and the staff's translation report. It may import every app; none imports it."""

    name = "apps.site"
    label = "site"
    verbose_name = _("Site pages")

    def ready(self) -> None:
        from apps.core import registry

        registry.pages.register("home", registry.Page("site:home", 0))
