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
        registry.navigation.register(
            "organizations", registry.NavEntry("organizations:list", _("Directory"), 50)
        )
        registry.navigation.register(
            "services", registry.NavEntry("organizations:services", _("Services"), 60)
        )
        registry.pages.register(
            "organizations", registry.Page("organizations:list", 30)
        )
        registry.pages.register("services", registry.Page("organizations:services", 31))
        registry.sitemaps.register("organizations", OrganizationSitemap)
        search.register(
            search.SearchType(
                key="organizations",
                label=_("Organizations"),
                model=Organization,
                name_field="name",
                summary_field="description",
                body_field="address",
                url_name="organizations:detail",
                order=10,
            )
        )
