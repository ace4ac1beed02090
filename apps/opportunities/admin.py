from django.contrib import admin

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.admin import ContentAdmin

from .models import Opportunity


@admin.register(Opportunity)
class OpportunityAdmin(DistrictScopedAdmin, ContentAdmin):
    list_display = (
        "title",
        "kind",
        "district",
        "park",
        "planning_status",
        "status",
        "live",
    )
    list_filter = ("status", "kind", "planning_status", "district", "industries")
    list_select_related = ("district", "park")
    search_fields = ("title_en", "title_zh_hans", "slug", "promoter__name_en")
    autocomplete_fields = ("district", "park", "industries", "promoter")
    prepopulated_fields = {"slug": ("title_en",)}
    date_hierarchy = "published_at"
