from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.admin import IMAGE_FORMFIELD_OVERRIDES, ContentAdmin, thumbnail
from apps.spreadsheets.admin import SpreadsheetAdmin

from .models import Park, ParkImage
from .resources import ParkResource


class ParkImageInline(TranslationTabularInline):
    model = ParkImage
    extra = 0
    formfield_overrides = IMAGE_FORMFIELD_OVERRIDES
    fields = ("preview", "image", "caption_en", "caption_zh_hans", "order")
    readonly_fields = ("preview",)

    @admin.display(description=_("preview"))
    def preview(self, obj):
        return thumbnail(obj.image)


@admin.register(Park)
class ParkAdmin(DistrictScopedAdmin, SpreadsheetAdmin, ContentAdmin):
    district_path = "district"
    resource_classes = [ParkResource]
    list_display = (
        "image_preview",
        "name",
        "district",
        "kind",
        "status",
        "live",
        "featured",
    )
    list_display_links = ("image_preview", "name")
    list_filter = ("status", "kind", "district", "featured", "industries")
    list_select_related = ("district",)
    search_fields = ("name_en", "name_zh_hans", "slug", "address_en", "address_zh_hans")
    autocomplete_fields = ("district", "industries")
    inlines = (ParkImageInline,)

    @admin.display(description=_("image"))
    def image_preview(self, obj):
        return thumbnail(obj.image)
