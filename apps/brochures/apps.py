from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BrochuresConfig(AppConfig):
    name = "apps.brochures"
    verbose_name = _("Downloadable profiles")
