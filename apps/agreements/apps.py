from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgreementsConfig(AppConfig):
    name = "apps.agreements"
    verbose_name = _("Agreements")

    def ready(self) -> None:
        from apps.accounts import roles
        from apps.core import registry
        from apps.search import registry as search

        from . import sections  # noqa: F401  (registers what it adds to other pages)
        from .models import Agreement
        from .sitemaps import AgreementSitemap

        registry.register_content_app(self.label)
        roles.grant(
            roles.DISTRICT_EDITOR_PERMISSIONS,
            {
                "agreements.agreement": roles.ALL,
                "agreements.agreementparty": roles.ALL,
            },
        )
        registry.register_section(
            "agreements", "agreements:list", _("Agreements"), menu=80, sitemap=50
        )
        registry.sitemaps.register("agreements", AgreementSitemap)
        search.register(
            search.SearchType(
                key="agreements",
                label=_("Agreements"),
                model=Agreement,
                name_field="title",
                order=50,
            )
        )
