from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "apps.core"
    verbose_name = _("Site")

    def ready(self) -> None:
        from easy_thumbnails.signal_handlers import generate_aliases_global
        from easy_thumbnails.signals import saved_file

        # Every alias (admin, card, hero, logo) is made once, when an image is
        # saved; pages only ever read thumbnails that already exist.
        saved_file.connect(generate_aliases_global)

        from django.db.models.signals import pre_save

        from .images import reencode_new_images

        # Every uploaded image is decoded and stored again without metadata.
        pre_save.connect(reencode_new_images, dispatch_uid="core_reencode_images")

        from . import registry
        from .cache import connect_signals

        # The office's contact details (SiteSettings) are shown on every page.
        registry.register_content_app(self.label)

        # Content changes make the cached public pages stale (apps/core/cache.py).
        connect_signals()
