from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiriesConfig(AppConfig):
    name = "apps.inquiries"
    verbose_name = _("Inquiries")

    def ready(self) -> None:
        from apps.core import registry

        registry.navigation.register(
            "contact", registry.NavEntry("inquiries:create", _("Contact"), 110)
        )
        registry.pages.register("contact", registry.Page("inquiries:create", 100))
