"""The district's body becomes HTML for the rich-text editor: plain text turns
into the paragraphs it rendered as, so the public page looks the same."""

from django.db import migrations

from apps.core.editor import plain_text_bodies_to_html


class Migration(migrations.Migration):
    dependencies = [("districts", "0001_initial")]

    operations = [
        migrations.RunPython(
            plain_text_bodies_to_html("districts.district", "body"),
            migrations.RunPython.noop,
        )
    ]
