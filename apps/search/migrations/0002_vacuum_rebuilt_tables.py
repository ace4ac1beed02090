"""After the `*_search_slash_words` migrations rebuilt the search columns, vacuum
the rewritten tables. A table rewrite leaves no page marked all-visible, and
PostgreSQL then answers index-only scans (the directory's deep pages, the search
candidates) by visiting the table after all: page 500 of the directory ran at two
thirds of its speed until the next vacuum. VACUUM cannot run in a transaction,
hence a migration of its own, not atomic, after the rebuilds (which stay atomic)."""

from django.db import migrations

TABLES = [
    "agreements_agreement",
    "districts_district",
    "enterprises_organization",
    "events_event",
    "news_article",
    "parks_park",
    "policies_policy",
]


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("search", "0001_search_functions"),
        ("agreements", "0005_search_slash_words"),
        ("districts", "0004_search_slash_words"),
        ("enterprises", "0005_search_slash_words"),
        ("events", "0005_search_slash_words"),
        ("news", "0003_search_slash_words"),
        ("parks", "0004_search_slash_words"),
        ("policies", "0005_search_slash_words"),
    ]

    operations = [
        migrations.RunSQL(
            [f"VACUUM (ANALYZE) {table}" for table in TABLES],
            migrations.RunSQL.noop,
        )
    ]
