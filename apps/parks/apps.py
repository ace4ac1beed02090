from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParksConfig(AppConfig):
    name = "apps.parks"
    verbose_name = _("Parks")

    def ready(self) -> None:
        from apps.accounts import roles
        from apps.core import registry
        from apps.search import registry as search

        from . import sections  # noqa: F401  (registers what it adds to other pages)
        from .models import Park
        from .sitemaps import ParkSitemap

        registry.register_content_app(self.label)
        roles.grant(
            roles.DISTRICT_EDITOR_PERMISSIONS,
            {"parks.park": roles.ALL, "parks.parkimage": roles.ALL},
        )
        registry.register_section(
            "parks", "parks:list", _("Parks"), menu=20, sitemap=20
        )
        registry.sitemaps.register("parks", ParkSitemap)
        search.register(
            search.SearchType(
                key="parks",
                label=_("Parks"),
                model=Park,
                order=30,
            )
        )
