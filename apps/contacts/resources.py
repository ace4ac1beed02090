"""Contact persons as spreadsheet rows (apps/spreadsheets). A contact has no slug:
a row is matched on its `id` (exported; left empty for a new person)."""

from __future__ import annotations

from apps.spreadsheets.resources import PortalResource, per_language

from .models import ContactPerson


class ContactPersonResource(PortalResource):
    example_rows = (
        {
            "id": "",
            "name_en": "Example Person (example row: delete it)",
            "name_zh_hans": "示例联系人（示例行，请删除）",  # noqa: RUF001
            "districts": "daxing",
            "status": "draft",
        },
    )

    class Meta:
        model = ContactPerson
        import_id_fields = ("id",)
        fields = (
            "id",
            *per_language("name", "title", "office", "languages"),
            "organization",
            "phone",
            "email",
            "districts",
            "parks",
            "industries",
            "order",
            "status",
        )
        export_order = fields

    def district_ids(self, instance, row) -> set:
        """Every district the contact covers (a district editor may import only
        contacts wholly of theirs): the stored ones, then those of the row."""
        if row is None:
            return set(instance.districts.values_list("pk", flat=True))
        return {district.pk for district in self.fields["districts"].clean(row)}
