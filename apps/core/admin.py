"""The shared admin base for content, and the site settings admin.

Every content admin edits English and Chinese side by side (modeltranslation puts
the two language fields of a translated field on one line), keeps a readable
history (django-simple-history), and publishes or unpublishes in bulk.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.utils import NotRelationField, get_fields_from_path
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import models
from django.urls import NoReverseMatch
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from easy_thumbnails.alias import aliases
from easy_thumbnails.files import get_thumbnailer
from modeltranslation.admin import TranslationAdmin
from modeltranslation.translator import NotRegistered, translator
from simple_history.admin import SimpleHistoryAdmin

from .models import SiteSettings
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


def district_scope(request) -> frozenset[int] | None:
    """The districts a district editor is limited to, or None when unlimited.

    A staff member is limited when they belong to the "District editors" group and
    to no wider role (superuser, portal administrators, content editors). Two
    queries, cached on the request.
    """
    if hasattr(request, "_district_scope"):
        return request._district_scope
    from apps.accounts import roles
    from apps.accounts.models import StaffProfile

    user = request.user
    scope = None
    if user.is_active and not user.is_superuser:
        names = set(user.groups.values_list("name", flat=True))
        wider = {roles.PORTAL_ADMINISTRATORS, roles.CONTENT_EDITORS}
        if roles.DISTRICT_EDITORS in names and not names & wider:
            scope = frozenset(StaffProfile.objects.district_ids_for(user))
    request._district_scope = scope
    return scope


class ScopedDistrictListFilter(admin.RelatedFieldListFilter):
    """The sidebar's district filter, offering a district editor only their own
    districts (the others' names are not theirs to see)."""

    def field_choices(self, field, request, model_admin):
        scope = district_scope(request)
        if scope is None:
            return super().field_choices(field, request, model_admin)
        ordering = self.field_admin_ordering(field, request, model_admin)
        return field.get_choices(
            include_blank=False,
            ordering=ordering,
            limit_choices_to={"pk__in": scope},
        )


class DistrictScopedAdmin:
    """Limits a district editor to the content of their districts.

    Each admin names the path from its model to the District (`district_path`:
    "pk" for District itself, "district", "districts", "park__district" …). For a
    district editor the changelist, the change/delete/history pages and the
    actions see only objects whose districts are all theirs (an item linked to
    several districts, or to none, is not theirs alone and stays out of reach);
    District choices in forms offer only their districts and cannot be left empty.
    Another district's object opened by URL answers 403.
    """

    district_path: str | None = None

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        scope = district_scope(request)
        if scope is None or self.district_path is None:
            return queryset
        path = f"{self.district_path}__in"
        if self._district_path_is_many():
            from apps.districts.models import District

            mine = self.model._default_manager.filter(**{path: scope}).values("pk")
            others = District.objects.exclude(pk__in=scope)
            return queryset.filter(pk__in=mine).exclude(**{path: others})
        return queryset.filter(**{path: scope})

    def get_list_filter(self, request):
        filters = super().get_list_filter(request)
        if district_scope(request) is None:
            return filters
        return tuple(
            (item, ScopedDistrictListFilter) if self._names_districts(item) else item
            for item in filters
        )

    def _names_districts(self, item) -> bool:
        from apps.districts.models import District

        if not isinstance(item, str):
            return False
        try:
            field = get_fields_from_path(self.model, item)[-1]
        except (FieldDoesNotExist, NotRelationField):
            return False
        return field.related_model is District

    def _district_path_is_many(self) -> bool:
        model = self.model
        field = None
        for part in self.district_path.split("__"):
            if part == "pk":
                return False
            field = model._meta.get_field(part)
            if field.many_to_many or field.one_to_many:
                return True
            model = field.related_model
        return False

    def object_district_ids(self, obj) -> set[int]:
        """The ids of the districts an object belongs to."""
        target = obj
        parts = self.district_path.split("__")
        for part in parts[:-1]:
            target = getattr(target, part, None)
            if target is None:
                return set()
        last = parts[-1]
        if last == "pk":
            return {target.pk}
        field = target._meta.get_field(last)
        if field.many_to_many:
            if target.pk is None:
                return set()
            return set(getattr(target, last).values_list("pk", flat=True))
        value = getattr(target, field.attname)
        return {value} if value is not None else set()

    def in_district_scope(self, request, obj) -> bool:
        scope = district_scope(request)
        if scope is None or obj is None or self.district_path is None:
            return True
        ids = self.object_district_ids(obj)
        return bool(ids) and ids <= scope

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.in_district_scope(
            request, obj
        )

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.in_district_scope(
            request, obj
        )

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.in_district_scope(
            request, obj
        )

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None and district_scope(request) is not None:
            # Another district's object: refused, not "does not exist".
            field = self.model._meta.get_field(from_field) if from_field else None
            lookup = field.name if field else "pk"
            try:
                exists = self.model._default_manager.filter(
                    **{lookup: object_id}
                ).exists()
            except (ValueError, TypeError):
                exists = False
            if exists:
                raise PermissionDenied
        return obj

    def _limit_districts(self, request, db_field, kwargs) -> None:
        from apps.districts.models import District

        scope = district_scope(request)
        if scope is None or db_field.related_model is not District:
            return
        kwargs["queryset"] = District.objects.filter(pk__in=scope)
        kwargs["required"] = True

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        self._limit_districts(request, db_field, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        self._limit_districts(request, db_field, kwargs)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


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
        # The public page may not exist (yet): no "View on site" rather than a 500.
        if obj is None or not hasattr(obj, "get_absolute_url"):
            return None
        if not self.view_on_site:
            return None
        try:
            return obj.get_absolute_url()
        except NoReverseMatch:
            return None


class HistoryTranslatedAdmin(SimpleHistoryAdmin, TranslatedAdmin):
    """A translated admin whose "History" page lists every saved version."""


class ContentAdmin(DistrictScopedAdmin, HistoryTranslatedAdmin):
    """Base for every publishable content model (draft / published)."""

    list_filter = ("status",)
    actions = ("publish_selected", "unpublish_selected")
    prepopulated_fields = {"slug": ("name_en",)}

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
