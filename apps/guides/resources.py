"""Guides' steps as spreadsheet rows (apps/spreadsheets): matched on the guide (its
slug) and the step's order."""

from __future__ import annotations

from apps.spreadsheets.resources import PortalResource, per_language

from .models import GuideStep


class GuideStepResource(PortalResource):
    example_rows = (
        {
            "guide": "example-guide",
            "order": 1,
            "title_en": "Example step (example row: delete it)",
            "title_zh_hans": "示例步骤（示例行，请删除）",  # noqa: RUF001
        },
    )

    class Meta:
        model = GuideStep
        import_id_fields = ("guide", "order")
        fields = (
            "guide",
            "order",
            *per_language("title", "body", "authority", "typical_time", "documents"),
            "organization",
            "link",
        )
        export_order = fields

    def district_ids(self, instance, row) -> set:
        """The guide's districts: a district editor imports steps of guides wholly
        of their districts."""
        guide = instance.guide if instance.guide_id else None
        if guide is None:
            return set()
        return set(guide.districts.values_list("pk", flat=True))
