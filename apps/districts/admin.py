from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.admin import ContentAdmin, HistoryTranslatedAdmin, thumbnail

from .models import District, Indicator, Industry, Metric


@admin.register(Industry)
class IndustryAdmin(HistoryTranslatedAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    search_fields = ("name_en", "name_zh_hans", "slug")
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(Metric)
class MetricAdmin(HistoryTranslatedAdmin):
    list_display = ("name", "unit", "order")
    list_editable = ("order",)
    search_fields = ("name_en", "name_zh_hans", "unit_en", "unit_zh_hans", "slug")
    prepopulated_fields = {"slug": ("name_en",)}


class IndicatorInline(TranslationTabularInline):
    model = Indicator
    extra = 0
    autocomplete_fields = ("metric",)
    fields = (
        "metric",
        "year",
        "year_inferred",
        "kind",
        "qualifier",
        "value",
        "source_en",
        "source_zh_hans",
        "source_url",
    )


@admin.register(District)
class DistrictAdmin(DistrictScopedAdmin, ContentAdmin):
    district_path = "pk"
    list_display = ("image_preview", "name", "status", "live", "featured", "order")
    list_display_links = ("image_preview", "name")
    list_filter = ("status", "featured", "industries")
    list_editable = ("featured", "order")
    search_fields = ("name_en", "name_zh_hans", "slug")
    autocomplete_fields = ("industries",)
    inlines = (IndicatorInline,)

    @admin.display(description=_("image"))
    def image_preview(self, obj):
        return thumbnail(obj.hero_image)
