"""The organization's description becomes HTML for the rich-text editor: plain text turns
into the paragraphs it rendered as, so the public page looks the same."""

from django.db import migrations

from apps.core.editor import plain_text_bodies_to_html


class Migration(migrations.Migration):
    dependencies = [("organizations", "0001_initial")]

    operations = [
        migrations.RunPython(
            plain_text_bodies_to_html("organizations.organization", "description"),
            migrations.RunPython.noop,
        )
    ]
