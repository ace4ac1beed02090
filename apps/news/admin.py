from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.admin import ContentAdmin, thumbnail

from .models import Article


@admin.register(Article)
class ArticleAdmin(DistrictScopedAdmin, ContentAdmin):
    district_path = "districts"
    list_display = ("image_preview", "title", "published_at", "status", "live")
    list_display_links = ("image_preview", "title")
    list_filter = ("status", "districts")
    search_fields = ("title_en", "title_zh_hans", "slug", "source_name_en")
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("districts", "events", "agreements", "organizations")

    @admin.display(description=_("image"))
    def image_preview(self, obj):
        return thumbnail(obj.cover_image)
