"""Create the staff groups: portal administrators, content editors, district
editors and inquiry handlers, with their permissions (apps/accounts/roles.py)."""

from django.db import migrations

from apps.accounts.roles import create_all_permissions, sync_roles


def create_roles(apps, schema_editor):
    create_all_permissions(apps)
    sync_roles(apps)


def remove_roles(apps, schema_editor):
    from apps.accounts import roles

    apps.get_model("auth", "Group").objects.filter(
        name__in=[
            roles.PORTAL_ADMINISTRATORS,
            roles.CONTENT_EDITORS,
            roles.DISTRICT_EDITORS,
            roles.INQUIRY_HANDLERS,
        ]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0001_initial"),
        ("districts", "0001_initial"),
        ("parks", "0001_initial"),
        ("organizations", "0001_initial"),
        ("events", "0001_initial"),
        ("agreements", "0001_initial"),
        ("policies", "0001_initial"),
        ("news", "0001_initial"),
        ("opportunities", "0001_initial"),
        ("inquiries", "0002_reference_sequence"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
