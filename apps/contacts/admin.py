from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.accounts.scope import DistrictScopedAdmin, district_scope
from apps.core.admin import ContentAdmin, thumbnail
from apps.parks.models import Park
from apps.spreadsheets.admin import SpreadsheetAdmin

from .models import ContactPerson
from .resources import ContactPersonResource


@admin.register(ContactPerson)
class ContactPersonAdmin(DistrictScopedAdmin, SpreadsheetAdmin, ContentAdmin):
    district_path = "districts"
    resource_classes = [ContactPersonResource]
    prepopulated_fields = {}
    list_display = (
        "photo_preview",
        "name",
        "title",
        "office",
        "organization",
        "email",
        "order",
        "status",
        "live",
    )
    list_display_links = ("photo_preview", "name")
    list_editable = ("order",)
    list_filter = ("status", "districts", "parks", "industries")
    list_select_related = ("organization",)
    search_fields = (
        "name_en",
        "name_zh_hans",
        "title_en",
        "title_zh_hans",
        "office_en",
        "office_zh_hans",
        "email",
    )
    autocomplete_fields = ("organization", "districts", "parks", "industries")

    @admin.display(description=_("photo"))
    def photo_preview(self, obj):
        return thumbnail(obj.photo)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # A district editor covers only parks of their districts.
        scope = district_scope(request)
        if db_field.name == "parks" and scope is not None:
            kwargs["queryset"] = Park.objects.filter(district__in=scope)
        return super().formfield_for_manytomany(db_field, request, **kwargs)
