"""The layers: `make lint` (import-linter, pyproject.toml) forbids core importing an
app and any cycle between apps; INSTALLED_APPS must list each app after the apps it
imports, because registrations run in that order (page sections, demo loaders)."""

from __future__ import annotations

import grimp
from django.conf import settings


def _local_apps() -> list[str]:
    return [name for name in settings.INSTALLED_APPS if name.startswith("apps.")]


def test_installed_apps_list_each_app_after_the_apps_it_imports():
    graph = grimp.build_graph("apps")
    apps = _local_apps()
    late = []
    for position, app in enumerate(apps):
        upstream = graph.find_upstream_modules(app, as_package=True)
        for other in apps:
            imported = any(m == other or m.startswith(other + ".") for m in upstream)
            if imported and apps.index(other) > position:
                late.append(f"{app} imports {other}, listed after it")
    assert late == []


def test_core_is_listed_first_and_the_site_last():
    apps = _local_apps()
    assert apps[0] == "apps.core"
    assert apps[-1] == "apps.site"
