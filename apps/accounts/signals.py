"""Keep the staff groups' permissions current after every migrate."""

from __future__ import annotations

from django.apps import apps as global_apps

from .roles import sync_roles


def sync_roles_after_migrate(sender, apps=global_apps, using="default", **kwargs):
    # Runs once, after the last app (permissions of every app exist by then).
    # post_migrate is sent only for apps with models, so the last such app.
    with_models = [
        config
        for config in global_apps.get_app_configs()
        if config.models_module is not None
    ]
    if sender.name != with_models[-1].name:
        return
    if not global_apps.is_installed("django.contrib.auth"):
        return
    sync_roles(apps)
