from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CostsConfig(AppConfig):
    name = "apps.costs"
    verbose_name = _("Costs of doing business")

    def ready(self) -> None:
        from apps.accounts import roles
        from apps.core import registry

        from . import sections  # noqa: F401  (registers what it adds to other pages)

        registry.register_content_app(self.label)
        roles.grant(roles.DISTRICT_EDITOR_PERMISSIONS, {"costs.costitem": roles.ALL})
        registry.pages.register("costs", registry.Page("costs:list", 25))
