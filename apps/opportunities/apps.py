from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    name = "apps.opportunities"
    verbose_name = _("Investment opportunities")

    def ready(self) -> None:
        from apps.core import registry

        from . import sections  # noqa: F401  (registers what it adds to other pages)
        from .sitemaps import OpportunitySitemap

        registry.register_content_app(self.label)
        registry.navigation.register(
            "opportunities",
            registry.NavEntry("opportunities:list", _("Opportunities"), 30),
        )
        registry.pages.register(
            "opportunities", registry.Page("opportunities:list", 80)
        )
        registry.sitemaps.register("opportunities", OpportunitySitemap)
