from django.contrib import admin

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.admin import ContentAdmin

from .models import Agreement, AgreementParty


class AgreementPartyInline(admin.TabularInline):
    model = AgreementParty
    extra = 0
    autocomplete_fields = ("organization",)
    fields = ("organization", "role", "order")


@admin.register(Agreement)
class AgreementAdmin(DistrictScopedAdmin, ContentAdmin):
    district_path = "district"
    list_display = (
        "title",
        "kind",
        "progress",
        "signed_year",
        "district",
        "event",
        "status",
        "live",
    )
    list_filter = ("status", "kind", "progress", "signed_year", "district")
    list_select_related = ("district", "event")
    search_fields = ("title_en", "title_zh_hans", "slug")
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("event", "district", "industries")
    inlines = (AgreementPartyInline,)
