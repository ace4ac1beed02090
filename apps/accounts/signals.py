"""Keep the staff groups' permissions current after every migrate."""

from __future__ import annotations

from django.apps import apps as global_apps

from .roles import sync_roles


def sync_roles_after_migrate(sender, apps=global_apps, using="default", **kwargs):
    # Runs once, after the last app (permissions of every app exist by then).
    if sender.name != list(global_apps.get_app_configs())[-1].name:
        return
    if not apps.is_installed("django.contrib.auth"):
        return
    sync_roles(apps)
