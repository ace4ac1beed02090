"""Migration operations for the search columns (see docs/search.md).

A stored generated column's expression cannot be altered (Django refuses, and
PostgreSQL only can from version 17): it is dropped with its GIN index and added
again. Adding it rewrites the table and computes every row's vector, under an
ACCESS EXCLUSIVE lock; then the index is built.
"""

from __future__ import annotations

from django.contrib.postgres.indexes import GinIndex
from django.db import migrations, models


def rebuild_search_column(
    model_name: str, name: str, field: models.GeneratedField, index_name: str
) -> list[migrations.operations.base.Operation]:
    """Drop the generated column `name` and its GIN index, add it as `field`."""
    return [
        migrations.RemoveIndex(model_name=model_name, name=index_name),
        migrations.RemoveField(model_name=model_name, name=name),
        migrations.AddField(model_name=model_name, name=name, field=field),
        migrations.AddIndex(
            model_name=model_name, index=GinIndex(fields=[name], name=index_name)
        ),
    ]
