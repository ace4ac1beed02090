from django.contrib import admin
from modeltranslation.admin import TranslationStackedInline

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.admin import ContentAdmin, HistoryTranslatedAdmin
from apps.spreadsheets.admin import SpreadsheetAdmin

from .models import Guide, GuideStep
from .resources import GuideStepResource


class GuideStepInline(TranslationStackedInline):
    model = GuideStep
    extra = 0
    autocomplete_fields = ("organization",)


@admin.register(Guide)
class GuideAdmin(DistrictScopedAdmin, ContentAdmin):
    district_path = "districts"
    list_display = ("title", "audience", "order", "status", "live")
    list_filter = ("status", "audience", "districts", "industries")
    search_fields = ("title_en", "title_zh_hans", "slug")
    autocomplete_fields = ("districts", "parks", "industries", "policies")
    prepopulated_fields = {"slug": ("title_en",)}
    date_hierarchy = "published_at"
    inlines = (GuideStepInline,)


@admin.register(GuideStep)
class GuideStepAdmin(DistrictScopedAdmin, SpreadsheetAdmin, HistoryTranslatedAdmin):
    """Every guide's steps in one list, to import and export them as spreadsheets
    (a guide's page edits its own steps inline too)."""

    district_path = "guide__districts"
    resource_classes = [GuideStepResource]
    list_display = ("guide", "order", "title", "authority")
    list_filter = ("guide",)
    list_select_related = ("guide",)
    search_fields = ("title_en", "title_zh_hans", "guide__slug")
    autocomplete_fields = ("guide", "organization")
