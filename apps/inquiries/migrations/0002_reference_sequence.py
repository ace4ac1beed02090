from django.db import migrations


class Migration(migrations.Migration):
    """The running number of inquiry references (INQ-2026-000123)."""

    dependencies = [("inquiries", "0001_initial")]

    operations = [
        migrations.RunSQL(
            "CREATE SEQUENCE IF NOT EXISTS inquiries_reference_seq START 1;",
            "DROP SEQUENCE IF EXISTS inquiries_reference_seq;",
        )
    ]
