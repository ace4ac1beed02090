from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.admin import ContentAdmin
from apps.spreadsheets.admin import SpreadsheetAdmin

from .models import CostItem
from .resources import CostItemResource


@admin.register(CostItem)
class CostItemAdmin(DistrictScopedAdmin, SpreadsheetAdmin, ContentAdmin):
    district_path = "district"
    resource_classes = [CostItemResource]
    list_display = (
        "__str__",
        "category",
        "park",
        "shown_value",
        "year",
        "status",
        "live",
    )
    list_filter = ("status", "category", "district", "year")
    list_select_related = ("district", "park")
    search_fields = ("label_en", "label_zh_hans", "source_en", "source_zh_hans")
    autocomplete_fields = ("district", "park")
    prepopulated_fields: dict = {}
    date_hierarchy = "published_at"

    @admin.display(description=_("value"))
    def shown_value(self, obj) -> str:
        return obj.amount
