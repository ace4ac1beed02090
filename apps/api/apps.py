from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "apps.api"
    verbose_name = _("Open data API")

    def ready(self) -> None:
        # Each app's api.py registers its endpoints (registry.py), as admin.py does
        # for the admin site; models are loaded by now, so the modules may use them.
        autodiscover_modules("api")
