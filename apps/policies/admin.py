from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.admin import ContentAdmin, TranslatedAdmin
from apps.core.validators import validate_pdf
from apps.organizations.models import DesignationKind, Stage

from .models import Measure, MeasureCategory, MeasureEligibility, Policy


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
class PolicyAdmin(DistrictScopedAdmin, ContentAdmin):
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
    autocomplete_fields = ("issuer", "districts", "industries", "focus_areas")
    inlines = (MeasureInline,)


class MeasureEligibilityForm(forms.ModelForm):
    designations = forms.MultipleChoiceField(
        label=_("designations"),
        choices=DesignationKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Only enterprises with one of these designations qualify. "
            "Empty: any enterprise."
        ),
    )
    stages = forms.MultipleChoiceField(
        label=_("stages"),
        choices=Stage.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Only enterprises at one of these stages qualify. Empty: any."),
    )

    class Meta:
        model = MeasureEligibility
        fields = ("measure", "designations", "stages")


@admin.register(MeasureEligibility)
class MeasureEligibilityAdmin(admin.ModelAdmin):
    form = MeasureEligibilityForm
    list_display = ("measure", "policy", "designations", "stages")
    list_select_related = ("measure__policy",)
    search_fields = ("measure__title_en", "measure__title_zh_hans")
    raw_id_fields = ("measure",)
    readonly_fields = ("created_at", "updated_at")

    @admin.display(description=_("policy"), ordering="measure__policy__title")
    def policy(self, obj):
        return obj.measure.policy
