"""The shared admin base for content, and the site settings admin.

Every content admin edits English and Chinese side by side (modeltranslation puts
the two language fields of a translated field on one line), keeps a readable
history (django-simple-history), and publishes or unpublishes in bulk.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from easy_thumbnails.alias import aliases
from easy_thumbnails.files import get_thumbnailer
from modeltranslation.admin import TranslationAdmin
from modeltranslation.translator import NotRegistered, translator
from simple_history.admin import SimpleHistoryAdmin

from .editor import RichTextAdminMixin
from .models import SiteSettings
from .preview import preview_url
from .services import content_publish, content_unpublish
from .validators import CheckedImageField

# Image uploads are checked (format, bytes, pixels) before Pillow decodes them.
IMAGE_FORMFIELD_OVERRIDES = {models.ImageField: {"form_class": CheckedImageField}}

PUBLISHING_FIELDS = ("status", "published_at")
RECORD_FIELDS = ("created_at", "updated_at")


def thumbnail(fieldfile, alias: str = "admin") -> str:
    """An <img> of an already generated thumbnail, or "" (never generates one)."""
    if not fieldfile:
        return ""
    options = aliases.get(alias)
    try:
        thumb = get_thumbnailer(fieldfile).get_existing_thumbnail(options)
    except (OSError, ValueError):
        return ""
    if thumb is None:
        return ""
    return format_html('<img src="{}" alt="" class="admin-thumbnail">', thumb.url)


def _pair_translations(model, fields: list) -> list:
    """Put the English and Chinese fields of one translated field on one line."""
    try:
        translated = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return fields
    localized = {
        name: original
        for original, names in translated.items()
        for name in (field.name for field in names)
    }
    result: list = []
    for field in fields:
        original = localized.get(field) if isinstance(field, str) else None
        previous = result[-1] if result else None
        if (
            original
            and isinstance(previous, tuple)
            and localized.get(previous[0]) == original
        ):
            result[-1] = (*previous, field)
        elif original:
            result.append((field,))
        else:
            result.append(field)
    return [
        item[0] if isinstance(item, tuple) and len(item) == 1 else item
        for item in result
    ]


class TranslatedAdmin(TranslationAdmin):
    """English and Chinese side by side, with the creation and update times."""

    save_on_top = True
    readonly_fields = RECORD_FIELDS
    formfield_overrides = IMAGE_FORMFIELD_OVERRIDES
    list_per_page = 50

    class Media:
        css = {"all": ("css/admin.css",)}

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if self.fieldsets:
            return fieldsets
        fields = [
            field
            for name, options in fieldsets
            for field in options["fields"]
            if field not in PUBLISHING_FIELDS + RECORD_FIELDS
        ]
        present = {field for name, options in fieldsets for field in options["fields"]}
        result = [(None, {"fields": _pair_translations(self.model, fields)})]
        publishing = [field for field in PUBLISHING_FIELDS if field in present]
        if publishing:
            result.insert(0, (_("Publishing"), {"fields": [tuple(publishing)]}))
        record = [field for field in RECORD_FIELDS if field in present]
        if record and obj is not None:
            result.append(
                (_("Record"), {"fields": [tuple(record)], "classes": ["collapse"]})
            )
        return result

    def get_view_on_site_url(self, obj=None):
        # The public page itself (Django's default goes through a redirect view).
        if obj is None or not self.view_on_site or not hasattr(obj, "get_absolute_url"):
            return None
        return obj.get_absolute_url()


class HistoryTranslatedAdmin(SimpleHistoryAdmin, TranslatedAdmin):
    """A translated admin whose "History" page lists every saved version."""


class ContentAdmin(RichTextAdminMixin, HistoryTranslatedAdmin):
    """Base for every publishable content model (draft / published). District
    editors' limits come from apps/accounts/scope.py DistrictScopedAdmin, listed
    first by each admin that belongs to a district. Rich-text fields get the editor
    (apps/core/editor.py); the change form has a "Preview" button that opens the
    public page, drafts included (apps/core/preview.py)."""

    change_form_template = "admin/core/content_change_form.html"
    list_filter = ("status",)
    actions = ("publish_selected", "unpublish_selected")
    prepopulated_fields = {"slug": ("name_en",)}

    def render_change_form(self, request, context, *args, obj=None, **kwargs):
        if obj is not None and obj.pk and hasattr(obj, "get_absolute_url"):
            context["preview_url"] = preview_url(obj)
        return super().render_change_form(request, context, *args, obj=obj, **kwargs)

    @admin.display(boolean=True, description=_("live"))
    def live(self, obj) -> bool:
        return obj.is_live

    @admin.action(description=_("Publish selected"), permissions=["change"])
    def publish_selected(self, request, queryset):
        count = content_publish(items=queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d item published (scheduled items appear at their date).",
                "%(count)d items published (scheduled items appear at their date).",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Unpublish selected"), permissions=["change"])
    def unpublish_selected(self, request, queryset):
        count = content_unpublish(items=queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d item moved back to draft.",
                "%(count)d items moved back to draft.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(SiteSettings)
class SiteSettingsAdmin(TranslationAdmin):
    fieldsets = [
        (None, {"fields": ["office_name", "phone", "email", "address"]}),
        (
            _("Social media"),
            {"fields": ["wechat", "weibo_url", "linkedin_url", "twitter_url"]},
        ),
    ]

    def has_add_permission(self, request):
        # The cached row (no query on every admin page): unsaved means none exists.
        return SiteSettings.load()._state.adding

    def has_delete_permission(self, request, obj=None):
        return False
