"""Indexes for the enterprise directory's default order (name in the reader's
language, then id), so that a list page reads 20 index entries instead of sorting
every published company. The expressions match apps/enterprises/filters.py
`_name_in_active_language()` exactly; they live here because only apps/core takes
new migrations in this wave (the enterprise model does not declare them)."""

from django.db import migrations

WHERE = "WHERE status = 'published' AND kind IN ('company', 'service_provider')"


def _index(name: str, column: str) -> migrations.RunSQL:
    return migrations.RunSQL(
        f"CREATE INDEX IF NOT EXISTS {name} ON enterprises_organization "
        f"((lower(coalesce(nullif({column}, ''), name_en))), id) {WHERE};",
        f"DROP INDEX IF EXISTS {name};",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("enterprises", "0001_initial"),
    ]

    operations = [
        _index("core_org_directory_name_en", "name_en"),
        _index("core_org_directory_name_zh", "name_zh_hans"),
    ]
