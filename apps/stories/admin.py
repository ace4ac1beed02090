from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.admin import IMAGE_FORMFIELD_OVERRIDES, ContentAdmin, thumbnail

from .models import Story, StoryFigure


class StoryFigureInline(TranslationTabularInline):
    model = StoryFigure
    extra = 0


@admin.register(Story)
class StoryAdmin(DistrictScopedAdmin, ContentAdmin):
    district_path = "district"
    list_display = (
        "image_preview",
        "title",
        "organization",
        "district",
        "status",
        "live",
    )
    list_display_links = ("image_preview", "title")
    list_filter = ("status", "district", "industries")
    list_select_related = ("organization", "district")
    search_fields = ("title_en", "title_zh_hans", "slug", "organization__name_en")
    autocomplete_fields = ("organization", "district", "park", "industries")
    prepopulated_fields = {"slug": ("title_en",)}
    date_hierarchy = "published_at"
    formfield_overrides = IMAGE_FORMFIELD_OVERRIDES
    inlines = (StoryFigureInline,)

    @admin.display(description=_("image"))
    def image_preview(self, obj):
        return thumbnail(obj.image)
