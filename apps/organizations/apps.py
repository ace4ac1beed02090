from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganizationsConfig(AppConfig):
    name = "apps.organizations"
    verbose_name = _("Enterprises and organizations")

    def ready(self) -> None:
        from apps.accounts import roles
        from apps.core import registry
        from apps.search import registry as search

        from . import sections  # noqa: F401  (registers what it adds to other pages)
        from .models import Organization
        from .sitemaps import OrganizationSitemap

        registry.register_content_app(self.label)
        roles.grant(
            roles.DISTRICT_EDITOR_PERMISSIONS,
            {
                "organizations.organization": roles.ALL,
                "organizations.designation": roles.ALL,
            },
        )
        registry.register_section(
            "organizations", "organizations:list", _("Directory"), menu=50, sitemap=30
        )
        registry.register_section(
            "services", "organizations:services", _("Services"), menu=60, sitemap=31
        )
        registry.sitemaps.register("organizations", OrganizationSitemap)
        search.register(
            search.SearchType(
                key="organizations",
                label=_("Organizations"),
                model=Organization,
                summary_field="description",
                body_field="address",
                order=10,
            )
        )
