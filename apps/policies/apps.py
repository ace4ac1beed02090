from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PoliciesConfig(AppConfig):
    name = "apps.policies"
    verbose_name = _("Policies")

    def ready(self) -> None:
        from apps.accounts import roles
        from apps.core import registry
        from apps.search import registry as search

        from . import sections  # noqa: F401  (registers what it adds to other pages)
        from .models import Policy
        from .sitemaps import PolicySitemap

        registry.register_content_app(self.label)
        roles.grant(
            roles.DISTRICT_EDITOR_PERMISSIONS,
            {
                "policies.policy": roles.ALL,
                "policies.measure": roles.ALL,
                "policies.measurecategory": ("view",),
            },
        )
        registry.register_section(
            "policies", "policies:list", _("Policies"), menu=90, sitemap=60
        )
        registry.sitemaps.register("policies", PolicySitemap)
        search.register(
            search.SearchType(
                key="policies",
                label=_("Policies"),
                model=Policy,
                name_field="title",
                order=60,
            )
        )
