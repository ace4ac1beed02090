"""The policy's body becomes HTML for the rich-text editor: plain text turns
into the paragraphs it rendered as, so the public page looks the same."""

from django.db import migrations

from apps.core.editor import plain_text_bodies_to_html


class Migration(migrations.Migration):
    dependencies = [("policies", "0002_policy_source_url_focus_areas")]

    operations = [
        migrations.RunPython(
            plain_text_bodies_to_html("policies.policy", "body"),
            migrations.RunPython.noop,
        )
    ]
