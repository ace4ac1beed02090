"""The staff roles (auth groups) and their permissions, defined once.

A data migration creates the groups; a post_migrate handler brings their
permissions up to date after every migrate, so models added later are covered.
Content editors may edit every model of the content apps (`registry.content_apps`,
declared by each app).
"""

from __future__ import annotations

from apps.core import registry
from apps.core.registry import Registry

PORTAL_ADMINISTRATORS = "Portal administrators"
CONTENT_EDITORS = "Content editors"
DISTRICT_EDITORS = "District editors"
INQUIRY_HANDLERS = "Inquiry handlers"

ALL = ("add", "change", "delete", "view")

# What district editors and inquiry handlers may do, model by model
# ("app_label.model" -> actions), declared by each app from its ready() with
# `grant()`. District editors get the content of their districts (scoped in the
# admin, see apps/accounts/scope.py DistrictScopedAdmin); shared reference lists
# read-only; the district itself can be edited but neither created nor deleted.
DISTRICT_EDITOR_PERMISSIONS: Registry[tuple[str, ...]] = Registry(
    "district editor permissions"
)
INQUIRY_HANDLER_PERMISSIONS: Registry[tuple[str, ...]] = Registry(
    "inquiry handler permissions"
)


def grant(role: Registry[tuple[str, ...]], permissions: dict[str, tuple]) -> None:
    """`grant(DISTRICT_EDITOR_PERMISSIONS, {"parks.park": ALL})`, from ready()."""
    for label, actions in permissions.items():
        role.register(label, actions)


def _permissions(permission_model, table: Registry[tuple[str, ...]]) -> list:
    wanted = {
        (label.split(".")[0], f"{action}_{label.split('.')[1]}")
        for label, actions in table.items()
        for action in actions
    }
    return [
        permission
        for permission in permission_model.objects.select_related("content_type")
        if (permission.content_type.app_label, permission.codename) in wanted
    ]


def sync_roles(apps) -> None:
    """Create the four groups (if missing) and set their permissions."""
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    everything = list(permission_model.objects.all())
    content = list(
        permission_model.objects.filter(
            content_type__app_label__in=list(registry.content_apps)
        )
    )
    roles = {
        PORTAL_ADMINISTRATORS: everything,
        CONTENT_EDITORS: content,
        DISTRICT_EDITORS: _permissions(permission_model, DISTRICT_EDITOR_PERMISSIONS),
        INQUIRY_HANDLERS: _permissions(permission_model, INQUIRY_HANDLER_PERMISSIONS),
    }
    for name, permissions in roles.items():
        group, _created = group_model.objects.get_or_create(name=name)
        group.permissions.set(permissions)


def create_all_permissions(apps) -> None:
    """Django creates permissions after migrate; a data migration needs them now."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_contenttypes(app_config, verbosity=0, apps=apps)
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
