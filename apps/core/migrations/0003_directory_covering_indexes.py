"""The directory's name-order indexes (0002) also carry published_at, so that a deep
page finds its 20 ids with an index-only scan (apps/core/views.py `CappedPaginator`
reads deep pages as `id IN (SELECT id … OFFSET n LIMIT 20)`) instead of visiting
every skipped row in the table. Same expressions and condition as 0002."""

from django.db import migrations

WHERE = "WHERE status = 'published' AND kind IN ('company', 'service_provider')"


def _index(name: str, column: str) -> migrations.RunSQL:
    expression = f"(lower(coalesce(nullif({column}, ''), name_en))), id"
    return migrations.RunSQL(
        f"DROP INDEX IF EXISTS {name}; CREATE INDEX {name} ON enterprises_organization "
        f"({expression}) INCLUDE (published_at) {WHERE};",
        f"DROP INDEX IF EXISTS {name}; CREATE INDEX {name} ON enterprises_organization "
        f"({expression}) {WHERE};",
    )


class Migration(migrations.Migration):
    dependencies = [("core", "0002_directory_name_indexes")]

    operations = [
        _index("core_org_directory_name_en", "name_en"),
        _index("core_org_directory_name_zh", "name_zh_hans"),
    ]
