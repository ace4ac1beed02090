from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndustriesConfig(AppConfig):
    """Sector pages: what every app holds for one industry of the taxonomy
    (apps/districts Industry), through the `industry_page` sections."""

    name = "apps.industries"
    verbose_name = _("Sector pages")

    def ready(self) -> None:
        from apps.core import registry
        from apps.districts.models import Industry
        from apps.search import registry as search

        from .sitemaps import IndustrySitemap

        registry.register_section(
            "industries", "industries:list", _("Industries"), menu=15, sitemap=15
        )
        registry.sitemaps.register("industries", IndustrySitemap)
        search.register(
            search.SearchType(
                key="industries",
                label=_("Industries"),
                model=Industry,
                order=25,
                summary_field="description",
                body_field="",
            )
        )
