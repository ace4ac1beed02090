from django import forms
from django.contrib import admin
from modeltranslation.admin import TranslationStackedInline

from apps.core.admin import ContentAdmin, TranslatedAdmin
from apps.core.validators import validate_pdf

from .models import Measure, MeasureCategory, Policy


@admin.register(MeasureCategory)
class MeasureCategoryAdmin(TranslatedAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    search_fields = ("name_en", "name_zh_hans", "slug")
    prepopulated_fields = {"slug": ("name_en",)}


class MeasureInline(TranslationStackedInline):
    model = Measure
    extra = 0
    autocomplete_fields = ("category",)
    fields = (
        ("number", "category"),
        ("title_en", "title_zh_hans"),
        ("text_en", "text_zh_hans"),
    )


class PolicyAdminForm(forms.ModelForm):
    def clean_attachment(self):
        attachment = self.cleaned_data.get("attachment")
        # A new upload: checked by content and size (an existing file is kept).
        if attachment and hasattr(attachment, "content_type"):
            validate_pdf(attachment)
        return attachment


@admin.register(Policy)
class PolicyAdmin(ContentAdmin):
    form = PolicyAdminForm
    district_path = "districts"
    list_display = (
        "title",
        "level",
        "issuer",
        "document_number",
        "year",
        "status",
        "live",
    )
    list_filter = ("status", "level", "year", "districts", "industries")
    list_select_related = ("issuer",)
    search_fields = (
        "title_en",
        "title_zh_hans",
        "short_title_en",
        "short_title_zh_hans",
        "document_number",
        "slug",
    )
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("issuer", "districts", "industries")
    inlines = (MeasureInline,)
