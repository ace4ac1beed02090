"""Keep the staff groups' permissions current after every migrate."""

from __future__ import annotations

from django.apps import apps as global_apps

from .roles import sync_roles


def sync_roles_after_migrate(sender, apps=global_apps, using="default", **kwargs):
    # Runs once, after the last app with models (permissions of every app exist by
    # then); Django sends post_migrate only to apps with a models module.
    with_models = [
        config
        for config in global_apps.get_app_configs()
        if config.models_module is not None
    ]
    if sender.name != with_models[-1].name:
        return
    # The migration state's apps know their apps by label ("auth"), not by name:
    # is_installed("django.contrib.auth") is always False there.
    try:
        apps.get_model("auth", "Group")
    except LookupError:
        return
    sync_roles(apps)
