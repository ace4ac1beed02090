from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.admin import ContentAdmin, thumbnail
from apps.spreadsheets.admin import SpreadsheetAdmin

from .models import Designation, Organization, ServiceField
from .resources import OrganizationResource


class OrganizationAdminForm(forms.ModelForm):
    service_fields = forms.MultipleChoiceField(
        label=_("service fields"),
        choices=ServiceField.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("For professional service organizations: what they offer."),
    )


class DesignationInline(admin.TabularInline):
    model = Designation
    extra = 0
    fields = ("kind", "year", "exchange", "stock_code")


@admin.register(Organization)
class OrganizationAdmin(DistrictScopedAdmin, SpreadsheetAdmin, ContentAdmin):
    district_path = "district"
    resource_classes = [OrganizationResource]
    form = OrganizationAdminForm
    list_display = (
        "logo_preview",
        "name",
        "short_name",
        "kind",
        "district",
        "status",
        "live",
        "featured",
    )
    list_display_links = ("logo_preview", "name")
    list_filter = ("status", "kind", "district", "featured", "industries")
    list_select_related = ("district",)
    search_fields = (
        "name_en",
        "name_zh_hans",
        "short_name_en",
        "short_name_zh_hans",
        "slug",
    )
    autocomplete_fields = ("parent", "district", "park", "industries")
    inlines = (DesignationInline,)

    @admin.display(description=_("logo"))
    def logo_preview(self, obj):
        return thumbnail(obj.logo, "logo")
