"""The base of every spreadsheet resource (one per importable model, in its app's
resources.py).

- Columns are the model's own fields and, for translated fields, the per-language
  fields only (`name_en`, `name_zh_hans`): the active-language `name` would
  silently overwrite one of them, so a resource listing it is refused.
- Rows are matched on `import_id_fields` (the slug; indicators on district,
  metric, year and kind); unknown slugs in columns are refused per row.
- A cell that is a formula, or plain-text column holding HTML, makes its row
  invalid with the reason; nothing is written while any row is invalid unless staff
  chose to skip invalid rows (apps/spreadsheets/admin.py).
- A district editor's rows must be of their districts, before and after the row.
- Every saved row gets a history record by the importing user with the file's name.
- Exports make every cell safe to open (apps/core/spreadsheets.py).
"""

from __future__ import annotations

import re
from functools import cached_property

from django.core.exceptions import (
    FieldDoesNotExist,
    ImproperlyConfigured,
    ValidationError,
)
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext as _
from import_export import resources
from import_export.resources import Diff
from modeltranslation.translator import NotRegistered, translator

from apps.core.spreadsheets import FORMULA_PREFIXES, safe_cell

from .widgets import SlugForeignKeyWidget, SlugManyToManyWidget

TAG = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>")


class PlainDiff(Diff):
    """The preview's per-cell diff as <del>/<ins> without inline styles (the admin
    runs under the strict CSP; apps/spreadsheets/static colours them)."""

    def as_html(self):
        cells = []
        for before, after in zip(self.left, self.right, strict=False):
            before = "" if self.new or before is None else str(before)
            after = "" if after is None else str(after)
            if before == after:
                cells.append(after)
            elif not before:
                cells.append(format_html("<ins>{}</ins>", after))
            else:
                cells.append(format_html("<del>{}</del> <ins>{}</ins>", before, after))
        return cells


def unescape_cell(value):
    """The text a safe export wrote ("'=x" for "=x") back as it was."""
    if (
        isinstance(value, str)
        and value.startswith("'")
        and value[1:].startswith(FORMULA_PREFIXES)
    ):
        return value[1:]
    return value


class PortalResource(resources.ModelResource):
    # The path from a row's model to its district id ("district_id"), for scoping.
    district_field: str | None = "district_id"
    # Example rows for the downloadable template: plainly marked as examples.
    example_rows: tuple[dict, ...] = ()

    class Meta:
        # Inherited by every resource's own Meta (model, fields, export_order).
        import_id_fields = ("slug",)
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True

    def __init__(self, scope=None, **kwargs):
        super().__init__(**kwargs)
        # None: unlimited; else the ids of the districts the importing editor holds.
        self.scope = scope
        self._check_columns()

    # --- columns ---------------------------------------------------------------
    @classmethod
    def translated_fields(cls) -> set[str]:
        try:
            options = translator.get_options_for_model(cls._meta.model)
        except NotRegistered:
            return set()
        return set(options.all_fields)

    def _check_columns(self) -> None:
        clash = {
            f.column_name for f in self.get_user_visible_fields()
        } & self.translated_fields()
        if clash:
            raise ImproperlyConfigured(
                f"{type(self).__name__}: list the per-language columns, "
                f"not {sorted(clash)}."
            )

    def column_names(self) -> list[str]:
        return [field.column_name for field in self.get_user_visible_fields()]

    @classmethod
    def widget_from_django_field(cls, f, default=None):
        if isinstance(f, models.ManyToManyField):
            return SlugManyToManyWidget
        if isinstance(f, models.ForeignKey):
            return SlugForeignKeyWidget
        return super().widget_from_django_field(f)

    @classmethod
    def widget_kwargs_for_field(cls, field_name, django_field):
        kwargs = super().widget_kwargs_for_field(field_name, django_field)
        if isinstance(django_field, models.ForeignKey | models.ManyToManyField):
            kwargs = {"model": django_field.related_model}
        return kwargs

    @classmethod
    def field_from_django_field(cls, field_name, django_field, readonly):
        field = super().field_from_django_field(field_name, django_field, readonly)
        if isinstance(django_field, models.ForeignKey):
            # The column holds the slug and the attribute the object, both ways.
            field.attribute = field_name
            field.widget.key_is_id = False
        return field

    def get_diff_class(self):
        return PlainDiff

    # --- rows --------------------------------------------------------------------
    def before_import_row(self, row, **kwargs):
        errors = {}
        for column, value in list(row.items()):
            if isinstance(value, str) and value.startswith(("=", "@")):
                errors[column] = _(
                    "This cell is a formula (it starts with “%(char)s”). Import values "
                    "only, or start the text with an apostrophe."
                ) % {"char": value[0]}
                continue
            value = unescape_cell(value)
            if isinstance(value, str):
                value = value.strip()
            row[column] = value
            if (
                isinstance(value, str)
                and column in self.plain_text_columns
                and TAG.search(value)
            ):
                errors[column] = _("HTML is not allowed here; write plain text.")
        if errors:
            raise ValidationError(errors)

    @cached_property
    def plain_text_columns(self) -> set[str]:
        """The columns of CharFields (names, titles …), where HTML is refused; read
        once per import, not per cell."""
        model = self._meta.model
        columns = set()
        for field in self.get_user_visible_fields():
            try:
                model_field = model._meta.get_field(field.attribute)
            except FieldDoesNotExist:  # a computed column
                model_field = None
            if isinstance(model_field, models.CharField):
                columns.add(field.column_name)
        return columns

    def get_or_init_instance(self, instance_loader, row):
        try:
            return super().get_or_init_instance(instance_loader, row)
        except ValueError as error:
            raise ValidationError(str(error)) from None

    def import_instance(self, instance, row, **kwargs):
        if instance.pk:
            self._check_scope(self.district_ids(instance, None))
        errors = {}
        # Many-to-many columns are checked now, so an unknown slug invalidates the
        # row before anything is saved (the library saves them after the row).
        for field in self.get_import_fields():
            if (
                isinstance(field.widget, SlugManyToManyWidget)
                and field.column_name in row
            ):
                try:
                    field.clean(row)
                except ValueError as error:
                    errors[field.attribute] = ValidationError(str(error))
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)
        self._empty_as_null(instance)
        self._check_scope(self.district_ids(instance, row))

    def _empty_as_null(self, instance) -> None:
        """An empty cell of a nullable text field (modeltranslation's per-language
        fields are) is stored as the admin stores it: NULL, so re-importing an
        export finds the row unchanged."""
        for field in instance._meta.concrete_fields:
            if field.null and getattr(instance, field.attname) == "":
                setattr(instance, field.attname, None)

    def district_ids(self, instance, row) -> set:
        """The districts a row belongs to: before the change (row None) and after.
        A resource whose model names its districts otherwise (many of them, or
        through another row) overrides this."""
        return {getattr(instance, self.district_field, None)}

    def _check_scope(self, district_ids: set) -> None:
        if self.scope is None:
            return
        if not district_ids or not district_ids <= self.scope:
            raise ValidationError(
                _(
                    "You can import rows of your own districts only; this row "
                    "is not one of theirs."
                )
            )

    def before_save_instance(self, instance, row, **kwargs):
        name = kwargs.get("file_name") or _("a spreadsheet")
        instance._change_reason = _("Imported from %(file)s") % {"file": name}

    # --- export --------------------------------------------------------------------
    def export_field(self, field, instance, **kwargs):
        value = super().export_field(field, instance, **kwargs)
        return safe_cell(value) if isinstance(value, str) else value


def per_language(*names: str) -> tuple[str, ...]:
    """The per-language columns of translated fields: ("name_en", "name_zh_hans", …)."""
    from django.conf import settings
    from modeltranslation.utils import build_localized_fieldname

    return tuple(
        build_localized_fieldname(name, language)
        for name in names
        for language in settings.MODELTRANSLATION_LANGUAGES
    )
