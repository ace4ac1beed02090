"""Keep the staff groups' permissions current after every migrate."""

from __future__ import annotations

from django.apps import apps as global_apps

from .roles import sync_roles


def sync_roles_after_migrate(sender, apps=global_apps, using="default", **kwargs):
    # Runs once, after the last app (permissions of every app exist by then).
    # Django sends post_migrate only for apps with a models module (devtools and
    # apps.site have none), so "last" is the last of those.
    with_models = [
        config
        for config in global_apps.get_app_configs()
        if config.models_module is not None
    ]
    if sender.name != with_models[-1].name:
        return
    # `apps` is the migration state, whose app configs carry labels, not names.
    if not global_apps.is_installed("django.contrib.auth"):
        return
    sync_roles(apps)
