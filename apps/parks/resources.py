"""Parks as spreadsheet rows (apps/spreadsheets): matched on the slug."""

from __future__ import annotations

from apps.spreadsheets.resources import PortalResource, per_language

from .models import Park


class ParkResource(PortalResource):
    example_rows = (
        {
            "slug": "example-park",
            "name_en": "Example Park (example row: delete it)",
            "name_zh_hans": "示例园区（示例行，请删除）",  # noqa: RUF001
            "district": "daxing",
            "kind": "industrial_base",
            "industries": "biomedicine",
            "status": "draft",
            "featured": "0",
        },
    )

    class Meta:
        model = Park
        fields = (
            "slug",
            *per_language("name"),
            "district",
            "kind",
            "industries",
            *per_language("summary", "body", "facilities", "services", "address"),
            "area_hectares",
            "available_space_sqm",
            "latitude",
            "longitude",
            "website",
            "featured",
            "status",
        )
        export_order = fields
