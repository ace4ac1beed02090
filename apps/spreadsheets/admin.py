"""Spreadsheet import and export for a model admin (django-import-export).

`class OrganizationAdmin(DistrictScopedAdmin, SpreadsheetAdmin, ContentAdmin)` with
`resource_classes = [OrganizationResource]` adds to the changelist: Import (upload,
preview of new, changed, unchanged and invalid rows with the reason per invalid row,
confirm), Export (.xlsx or CSV of the rows the member of staff can see) and the
template files (the columns with example rows). See docs/staff.md.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext as _
from import_export.admin import ImportMixin
from import_export.formats.base_formats import CSV, XLSX

from apps.accounts.scope import district_scope

from .forms import SpreadsheetConfirmForm, SpreadsheetImportForm

FORMATS = {"xlsx": XLSX, "csv": CSV}


class SpreadsheetAdmin(ImportMixin):
    import_form_class = SpreadsheetImportForm
    confirm_form_class = SpreadsheetConfirmForm
    import_template_name = "admin/spreadsheets/import.html"
    import_export_change_list_template = "admin/spreadsheets/change_list.html"
    import_error_display = ("message",)
    skip_admin_log = False

    def get_import_formats(self):
        return [XLSX, CSV]

    def has_import_permission(self, request):
        return self.has_add_permission(request) and self.has_change_permission(request)

    def get_import_resource_kwargs(self, request, **kwargs):
        resource_kwargs = super().get_import_resource_kwargs(request, **kwargs)
        resource_kwargs["scope"] = district_scope(request)
        return resource_kwargs

    def _skip_invalid(self, form) -> bool:
        return bool(
            form is not None
            and form.is_bound
            and form.is_valid()
            and form.cleaned_data.get("skip_invalid_rows")
        )

    def get_import_data_kwargs(self, **kwargs):
        form = kwargs.get("form")
        skip = self._skip_invalid(form)
        if kwargs.get("request") is not None:
            kwargs["request"]._spreadsheet_skip_invalid = skip
        kwargs = super().get_import_data_kwargs(**kwargs)
        kwargs.pop("request", None)
        # Without "skip invalid rows", one invalid row writes nothing at all.
        kwargs["rollback_on_validation_errors"] = not skip
        return kwargs

    def get_confirm_form_initial(self, request, import_form):
        initial = super().get_confirm_form_initial(request, import_form)
        if import_form is not None:
            initial["skip_invalid_rows"] = import_form.cleaned_data.get(
                "skip_invalid_rows", False
            )
        return initial

    def import_action(self, request, **kwargs):
        response = super().import_action(request, **kwargs)
        context = response.context_data
        result = context.get("result")
        form = context.get("form")
        if result is not None:
            context["summary"] = summarize(result)
            if (
                "confirm_form" not in context
                and self._skip_invalid(form)
                and not result.has_errors()
                and result.valid_rows()
            ):
                context["confirm_form"] = self.create_confirm_form(
                    request, import_form=form
                )
        return response

    def process_result(self, result, request):
        skip = getattr(request, "_spreadsheet_skip_invalid", False)
        if result.has_errors() or (result.has_validation_errors() and not skip):
            # The rows were rolled back: the data changed since the preview.
            self.message_user(
                request,
                _(
                    "Nothing was imported: the data no longer fits what the preview "
                    "showed. Upload the file again to see why."
                ),
                messages.ERROR,
            )
            info = self.opts.app_label, self.opts.model_name
            return redirect("admin:{}_{}_import".format(*info))
        return super().process_result(result, request)

    # --- export and templates -------------------------------------------------------
    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            *self.spreadsheet_urls(info),
            *super().get_urls(),
        ]

    def spreadsheet_urls(self, info):
        return [
            path(
                "export/<str:fmt>/",
                self.admin_site.admin_view(self.export_view),
                name="{}_{}_spreadsheet_export".format(*info),
            ),
            path(
                "import-template/<str:fmt>/",
                self.admin_site.admin_view(self.template_view),
                name="{}_{}_spreadsheet_template".format(*info),
            ),
        ]

    def _resource(self, request):
        return self.get_import_resource_classes(request)[0](
            scope=district_scope(request)
        )

    def _download(self, dataset, fmt: str, name: str) -> HttpResponse:
        file_format = FORMATS[fmt]()
        response = HttpResponse(
            file_format.export_data(dataset),
            content_type=file_format.get_content_type(),
        )
        response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
        return response

    def export_view(self, request, fmt: str):
        if fmt not in FORMATS:
            raise PermissionDenied
        if not self.has_view_permission(request):
            raise PermissionDenied
        resource = self._resource(request)
        dataset = resource.export(queryset=self.get_queryset(request))
        return self._download(dataset, fmt, self.opts.model_name + "s")

    def template_view(self, request, fmt: str):
        if fmt not in FORMATS or not self.has_import_permission(request):
            raise PermissionDenied
        resource = self._resource(request)
        dataset = resource.export(queryset=self.model._default_manager.none())
        for example in resource.example_rows:
            dataset.append([example.get(column, "") for column in dataset.headers])
        return self._download(dataset, fmt, self.opts.model_name + "-template")


def summarize(result) -> dict[str, int]:
    """How many rows of the preview are new, changed, unchanged and invalid."""
    totals = result.totals
    return {
        "new": totals.get("new", 0),
        "changed": totals.get("update", 0),
        "unchanged": totals.get("skip", 0),
        "invalid": totals.get("invalid", 0) + totals.get("error", 0),
    }
