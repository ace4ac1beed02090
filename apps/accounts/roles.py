"""The staff roles (auth groups) and their permissions, defined once.

A data migration creates the groups; a post_migrate handler brings their
permissions up to date after every migrate, so models added later are covered.
Content editors may edit every model of the content apps (`registry.content_apps`,
declared by each app).
"""

from __future__ import annotations

from apps.core import registry

PORTAL_ADMINISTRATORS = "Portal administrators"
CONTENT_EDITORS = "Content editors"
DISTRICT_EDITORS = "District editors"
INQUIRY_HANDLERS = "Inquiry handlers"

ALL = ("add", "change", "delete", "view")

# District editors: the content of their districts (scoped in the admin, see
# apps/accounts/scope.py DistrictScopedAdmin); shared reference lists read-only; the
# district itself can be edited but neither created nor deleted.
DISTRICT_EDITOR_PERMISSIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("districts", "district"): ("change", "view"),
    ("districts", "indicator"): ALL,
    ("districts", "industry"): ("view",),
    ("districts", "metric"): ("view",),
    ("parks", "park"): ALL,
    ("parks", "parkimage"): ALL,
    ("organizations", "organization"): ALL,
    ("organizations", "designation"): ALL,
    ("events", "event"): ALL,
    ("events", "session"): ALL,
    ("events", "speaker"): ALL,
    ("agreements", "agreement"): ALL,
    ("agreements", "agreementparty"): ALL,
    ("policies", "policy"): ALL,
    ("policies", "measure"): ALL,
    ("policies", "measurecategory"): ("view",),
    ("news", "article"): ALL,
    ("inquiries", "inquiry"): ("change", "view"),
    ("inquiries", "inquirynote"): ("add", "view"),
    ("inquiries", "inquirystatuschange"): ("view",),
}

INQUIRY_HANDLER_PERMISSIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("inquiries", "inquiry"): ("change", "view"),
    ("inquiries", "inquirynote"): ("add", "view"),
    ("inquiries", "inquirystatuschange"): ("view",),
    ("inquiries", "outboxmessage"): ("change", "view"),
}


def _permissions(permission_model, table) -> list:
    wanted = {
        (app_label, f"{action}_{model}")
        for (app_label, model), actions in table.items()
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
