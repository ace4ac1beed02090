from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DistrictsConfig(AppConfig):
    name = "apps.districts"
    verbose_name = _("Districts")

    def ready(self) -> None:
        from apps.accounts import roles
        from apps.core import registry
        from apps.search import registry as search

        from .models import District
        from .sitemaps import DistrictSitemap

        registry.register_content_app(self.label)
        roles.grant(
            roles.DISTRICT_EDITOR_PERMISSIONS,
            {
                "districts.district": ("change", "view"),
                "districts.indicator": roles.ALL,
                "districts.industry": ("view",),
                "districts.metric": ("view",),
            },
        )
        registry.register_section(
            "districts", "districts:list", _("Districts"), menu=10, sitemap=10
        )
        registry.pages.register(
            "districts_compare", registry.Page("districts:compare", 11)
        )
        registry.sitemaps.register("districts", DistrictSitemap)
        search.register(
            search.SearchType(
                key="districts",
                label=_("Districts"),
                model=District,
                order=20,
            )
        )
