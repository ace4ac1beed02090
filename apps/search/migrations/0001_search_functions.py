"""pg_trgm and the CJK bigram function the content apps' search columns call.

portal_cjk_bigrams(text) keeps only the Chinese characters of a text and returns
their overlapping two-character pairs separated by spaces ('北京市' -> '北京 京市'),
so that to_tsvector('simple', …) stores one lexeme per pair. It is IMMUTABLE and
plain SQL (two regular-expression passes, no loop), so a generated column may call
it and bulk inserts stay fast. See docs/search.md.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

HAN = r"\u3400-\u9fff\uf900-\ufaff"

CREATE_FUNCTION = rf"""
CREATE OR REPLACE FUNCTION portal_cjk_bigrams(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(
    ' ' ||
    regexp_replace(runs, '([{HAN}])([{HAN}])', '\1\2 ', 'g')
    || ' ' ||
    regexp_replace(
      regexp_replace(runs, '(^| )([{HAN}])', '\1\2 ', 'g'),
      '([{HAN}])([{HAN}])', '\1\2 ', 'g'
    ) || ' ',
    ' [{HAN}](?= )', '', 'g'
  )
  FROM (
    SELECT regexp_replace(coalesce(value, ''), '[^{HAN}]+', ' ', 'g') AS runs
  ) AS source
$$;
"""

DROP_FUNCTION = "DROP FUNCTION IF EXISTS portal_cjk_bigrams(text);"


class Migration(migrations.Migration):
    initial = True
    dependencies: list = []

    operations = [
        TrigramExtension(),
        migrations.RunSQL(CREATE_FUNCTION, DROP_FUNCTION),
    ]
