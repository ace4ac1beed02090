from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.admin import ContentAdmin, thumbnail
from apps.spreadsheets.admin import SpreadsheetAdmin

from .models import Event, Session, Speaker
from .resources import EventResource


class SessionInline(TranslationStackedInline):
    model = Session
    extra = 0
    fields = (
        ("kind", "order"),
        ("title_en", "title_zh_hans"),
        ("starts_at", "ends_at"),
        ("venue_en", "venue_zh_hans"),
        ("description_en", "description_zh_hans"),
    )


class SpeakerInline(TranslationStackedInline):
    model = Speaker
    extra = 0
    autocomplete_fields = ("organization",)
    fields = (
        ("name_en", "name_zh_hans"),
        ("title_en", "title_zh_hans"),
        ("organization", "session", "order"),
        ("topic_en", "topic_zh_hans"),
    )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "session":
            # Only this event's sessions; a new event has none until it is saved.
            object_id = request.resolver_match.kwargs.get("object_id", "")
            sessions = Session.objects.none()
            if str(object_id).isdigit():
                sessions = Session.objects.filter(event_id=int(object_id))
            kwargs["queryset"] = sessions
            kwargs["help_text"] = _(
                "Save the event first to choose among its sessions."
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Event)
class EventAdmin(DistrictScopedAdmin, SpreadsheetAdmin, ContentAdmin):
    district_path = "district"
    resource_classes = [EventResource]
    list_display = (
        "image_preview",
        "title",
        "kind",
        "starts_at",
        "district",
        "status",
        "live",
        "registration_open",
    )
    list_display_links = ("image_preview", "title")
    list_filter = ("status", "kind", "format", "district", "registration_open")
    list_select_related = ("district",)
    search_fields = ("title_en", "title_zh_hans", "slug", "venue_en", "venue_zh_hans")
    date_hierarchy = "starts_at"
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("district", "industries", "organizers", "exhibitors")
    inlines = (SessionInline, SpeakerInline)

    @admin.display(description=_("image"))
    def image_preview(self, obj):
        return thumbnail(obj.cover_image)
