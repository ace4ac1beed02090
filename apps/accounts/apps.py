from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "apps.accounts"
    verbose_name = _("Staff accounts")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from .signals import sync_roles_after_migrate

        # After the last app: every app's permissions exist by then (see signals.py).
        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="accounts.roles")
