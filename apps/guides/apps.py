from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    name = "apps.guides"
    verbose_name = _("Guides")

    def ready(self) -> None:
        from apps.accounts import roles
        from apps.core import registry
        from apps.search import registry as search

        from . import sections  # noqa: F401  (registers what it adds to other pages)
        from .models import Guide
        from .sitemaps import GuideSitemap

        registry.register_content_app(self.label)
        roles.grant(
            roles.DISTRICT_EDITOR_PERMISSIONS,
            {"guides.guide": roles.ALL, "guides.guidestep": roles.ALL},
        )
        registry.register_section(
            "guides", "guides:list", _("Guides"), menu=95, sitemap=65
        )
        registry.sitemaps.register("guides", GuideSitemap)
        search.register(
            search.SearchType(
                key="guides",
                label=_("Guides"),
                model=Guide,
                name_field="title",
                order=65,
            )
        )
