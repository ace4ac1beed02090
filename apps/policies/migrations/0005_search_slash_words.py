"""search_en reads a slash as a space: "CRO/CDMO" is indexed as the words CRO and
CDMO, not as one path token (apps/search/documents.py, docs/search.md)."""

import django.contrib.postgres.search
import django.db.models.functions.comparison
import django.db.models.functions.text
from django.db import migrations, models

from apps.search.operations import rebuild_search_column


class Migration(migrations.Migration):

    dependencies = [
        ('policies', '0004_constraint_messages'),
    ]

    operations = rebuild_search_column(
        'policy',
        'search_en',
        models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Replace(models.Func(models.Func(django.db.models.functions.comparison.Coalesce('title_en', models.Value(''), output_field=models.TextField()), models.Value(' '), arg_joiner=' || ', output_field=models.TextField(), template='(%(expressions)s)'), django.db.models.functions.comparison.Coalesce('short_title_en', models.Value(''), output_field=models.TextField()), arg_joiner=' || ', output_field=models.TextField(), template='(%(expressions)s)'), models.Value('/'), models.Value(' '), output_field=models.TextField()), config='english', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Replace(django.db.models.functions.comparison.Coalesce('summary_en', models.Value(''), output_field=models.TextField()), models.Value('/'), models.Value(' '), output_field=models.TextField()), config='english', weight='B'), django.contrib.postgres.search.SearchConfig('english')), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Replace(django.db.models.functions.comparison.Coalesce('body_en', models.Value(''), output_field=models.TextField()), models.Value('/'), models.Value(' '), output_field=models.TextField()), config='english', weight='C'), django.contrib.postgres.search.SearchConfig('english')), output_field=django.contrib.postgres.search.SearchVectorField()),
        'policy_search_en',
    )
