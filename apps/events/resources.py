"""Events as spreadsheet rows (apps/spreadsheets): matched on the slug."""

from __future__ import annotations

from apps.spreadsheets.resources import PortalResource, per_language

from .models import Event


class EventResource(PortalResource):
    example_rows = (
        {
            "slug": "example-event",
            "title_en": "Example Event (example row: delete it)",
            "title_zh_hans": "示例活动（示例行，请删除）",  # noqa: RUF001
            "kind": "conference",
            "starts_at": "2030-01-15 09:00",
            "ends_at": "2030-01-15 17:00",
            "date_precision": "day",
            "format": "offline",
            "district": "daxing",
            "status": "draft",
            "registration_open": "0",
            "attendance_is_minimum": "0",
        },
    )

    class Meta:
        model = Event
        fields = (
            "slug",
            *per_language("title", "theme", "summary", "body", "venue", "address"),
            "kind",
            "starts_at",
            "ends_at",
            "date_precision",
            "format",
            "online_url",
            "district",
            "industries",
            "organizers",
            "attendance",
            "attendance_is_minimum",
            "registration_open",
            "status",
        )
        export_order = fields
