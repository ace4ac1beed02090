"""The opportunity's body becomes HTML for the rich-text editor: plain text turns
into the paragraphs `|linebreaks` rendered it as, so the public page looks the same."""

from django.db import migrations

from apps.core.editor import plain_text_bodies_to_html


class Migration(migrations.Migration):
    dependencies = [("opportunities", "0001_initial")]

    operations = [
        migrations.RunPython(
            plain_text_bodies_to_html(
                "opportunities.opportunity", "body", escaped=True
            ),
            migrations.RunPython.noop,
        )
    ]
