"""District editors: limited to the content of their districts in the admin.

`district_scope(request)` says which districts a staff member is limited to;
`DistrictScopedAdmin` applies it to a model admin (listed before the admin's base,
e.g. `class ParkAdmin(DistrictScopedAdmin, ContentAdmin)`). The District model is
the one StaffProfile.districts points to: this app builds below the districts app
and names it by label only.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.utils import NotRelationField, get_fields_from_path
from django.core.exceptions import FieldDoesNotExist, PermissionDenied

from . import roles
from .models import StaffProfile


def _district_model():
    return StaffProfile._meta.get_field("districts").related_model


def district_scope(request) -> frozenset[int] | None:
    """The districts a district editor is limited to, or None when unlimited.

    A staff member is limited when they belong to the "District editors" group and
    to no wider role (superuser, portal administrators, content editors). Two
    queries, cached on the request.
    """
    if hasattr(request, "_district_scope"):
        return request._district_scope
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
            mine = self.model._default_manager.filter(**{path: scope}).values("pk")
            others = _district_model().objects.exclude(pk__in=scope)
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
        if not isinstance(item, str):
            return False
        try:
            field = get_fields_from_path(self.model, item)[-1]
        except (FieldDoesNotExist, NotRelationField):
            return False
        return field.related_model is _district_model()

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
        scope = district_scope(request)
        if scope is None or db_field.related_model is not _district_model():
            return
        kwargs["queryset"] = _district_model().objects.filter(pk__in=scope)
        kwargs["required"] = True

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        self._limit_districts(request, db_field, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        self._limit_districts(request, db_field, kwargs)
        return super().formfield_for_manytomany(db_field, request, **kwargs)
