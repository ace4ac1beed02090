"""Organizations as spreadsheet rows (apps/spreadsheets): matched on the slug."""

from __future__ import annotations

from apps.spreadsheets.resources import PortalResource, per_language

from .models import Organization


class OrganizationResource(PortalResource):
    example_rows = (
        {
            "slug": "example-organization",
            "name_en": "Example Organization (example row: delete it)",
            "name_zh_hans": "示例机构（示例行，请删除）",  # noqa: RUF001
            "kind": "company",
            "district": "daxing",
            "industries": "biomedicine",
            "status": "draft",
            "featured": "0",
        },
    )

    class Meta:
        model = Organization
        fields = (
            "slug",
            *per_language("name", "short_name"),
            "kind",
            "parent",
            "district",
            "park",
            "industries",
            *per_language("description", "address"),
            "website",
            "founded_year",
            "featured",
            "status",
        )
        export_order = fields
