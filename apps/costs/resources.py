"""Costs of doing business as spreadsheet rows (apps/spreadsheets). A cost item has
no slug: a row is matched on its district, park, category, English label, year and
period."""

from __future__ import annotations

from apps.spreadsheets.resources import PortalResource, per_language

from .models import CostItem


class CostItemResource(PortalResource):
    example_rows = (
        {
            "district": "daxing",
            "park": "",
            "category": "factory_rent",
            "label_en": "Example item (example row: delete it)",
            "label_zh_hans": "示例项目（示例行，请删除）",  # noqa: RUF001
            "value_low": "1",
            "value_high": "2",
            "unit": "CNY/m2/month",
            "year": 2030,
            "period": "year",
            "status": "draft",
        },
    )

    class Meta:
        model = CostItem
        import_id_fields = (
            "district",
            "park",
            "category",
            "label_en",
            "year",
            "period",
        )
        fields = (
            "district",
            "park",
            "category",
            *per_language("label"),
            "value_low",
            "value_high",
            "unit",
            "year",
            "period",
            *per_language("source"),
            "source_url",
            *per_language("note"),
            "status",
        )
        export_order = fields
