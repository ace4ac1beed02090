"""The admin's import form: the file is checked whole before a row is read."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export.forms import ConfirmImportForm, ImportForm

from . import files

SKIP_LABEL = gettext_lazy("Skip invalid rows")
SKIP_HELP = gettext_lazy(
    "Unticked, nothing is written while any row is invalid. Ticked, the valid rows "
    "are imported and the invalid ones are left out (the preview lists them)."
)


class SpreadsheetImportForm(ImportForm):
    skip_invalid_rows = forms.BooleanField(
        label=SKIP_LABEL, help_text=SKIP_HELP, required=False
    )

    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        self._formats = formats
        self._resources = resources

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("import_file")
        if upload is None or cleaned.get("format") in (None, ""):
            return cleaned
        files.check_size(upload.size)
        input_format = self._formats[int(cleaned["format"])]()
        data = b"".join(upload.chunks())
        upload.seek(0)
        if input_format.get_title() == "xlsx":
            files.check_xlsx(data)
        elif b"\x00" in data[:4096]:
            raise ValidationError(_("This is not a CSV file. Save it as CSV (UTF-8)."))
        try:
            if input_format.is_binary():
                dataset = input_format.create_dataset(data)
            else:
                dataset = input_format.create_dataset(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise ValidationError(
                _("The file is not UTF-8 text. Save it as CSV (UTF-8).")
            ) from None
        except Exception:
            raise ValidationError(
                _("The file could not be read as %(format)s.")
                % {"format": input_format.get_title()}
            ) from None
        files.check_rows(len(dataset))
        resource_class = self._resources[int(cleaned.get("resource") or 0)]
        self._check_headers(
            list(dataset.headers or []), resource_class().column_names()
        )
        return cleaned

    @staticmethod
    def _check_headers(headers: list[str], columns: list[str]) -> None:
        headers = [
            str(header).strip() for header in headers if header not in (None, "")
        ]
        unknown = [header for header in headers if header not in columns]
        missing = [column for column in columns if column not in headers]
        problems = []
        if unknown:
            problems.append(
                _("unknown columns: %(names)s") % {"names": ", ".join(unknown)}
            )
        if missing:
            problems.append(
                _("missing columns: %(names)s") % {"names": ", ".join(missing)}
            )
        if problems:
            raise ValidationError(
                _(
                    "The columns do not match the template (%(problems)s). "
                    "Download the template and keep its first row."
                )
                % {"problems": "; ".join(problems)}
            )


class SpreadsheetConfirmForm(ConfirmImportForm):
    skip_invalid_rows = forms.BooleanField(widget=forms.HiddenInput, required=False)
