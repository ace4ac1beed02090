from django.contrib import admin
from modeltranslation.admin import TranslationStackedInline

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.admin import ContentAdmin

from .models import Guide, GuideStep


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
