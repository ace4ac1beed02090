"""District figures (indicators) as spreadsheet rows (apps/spreadsheets).

An indicator has no slug: a row is matched on its district, metric, year and kind.
"""

from __future__ import annotations

from apps.spreadsheets.resources import PortalResource, per_language

from .models import Indicator


class IndicatorResource(PortalResource):
    example_rows = (
        {
            "district": "daxing",
            "metric": "example-metric",
            "year": 2024,
            "kind": "actual",
            "qualifier": "exact",
            "value": "1",
            "source_en": "Example source (example row: delete it)",
            "source_zh_hans": "示例来源（示例行，请删除）",  # noqa: RUF001
        },
    )

    class Meta:
        model = Indicator
        import_id_fields = ("district", "metric", "year", "kind")
        fields = (
            "district",
            "metric",
            "year",
            "kind",
            "qualifier",
            "value",
            *per_language("source"),
            "source_url",
        )
        export_order = fields
