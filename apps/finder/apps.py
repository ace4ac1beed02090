from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FinderConfig(AppConfig):
    name = "apps.finder"
    verbose_name = _("Site finder")

    def ready(self) -> None:
        from apps.core import registry

        registry.register_section(
            "site_finder", "finder:site_finder", _("Site finder"), menu=40, sitemap=90
        )
        registry.pages.register(
            "policies_for_me", registry.Page("finder:policies_for_me", 91)
        )
