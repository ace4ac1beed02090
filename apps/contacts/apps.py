from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactsConfig(AppConfig):
    name = "apps.contacts"
    verbose_name = _("Contacts")

    def ready(self) -> None:
        from apps.accounts import roles
        from apps.core import registry

        from . import sections  # noqa: F401  (registers what it adds to other pages)

        registry.register_content_app(self.label)
        registry.pages.register("contacts", registry.Page("contacts:list", 95))
        roles.grant(
            roles.DISTRICT_EDITOR_PERMISSIONS, {"contacts.contactperson": roles.ALL}
        )
