"""Columns that name other rows by slug, with errors a member of staff can act on."""

from __future__ import annotations

from django.utils.translation import gettext as _
from import_export import widgets


class SlugForeignKeyWidget(widgets.ForeignKeyWidget):
    """A column holding another row's slug ("daxing"); an unknown slug is refused."""

    def __init__(self, model, **kwargs):
        super().__init__(model, field="slug", **kwargs)

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(
                _("No %(thing)s has the slug “%(slug)s”.")
                % {"thing": self.model._meta.verbose_name, "slug": value}
            ) from None


class SlugManyToManyWidget(widgets.ManyToManyWidget):
    """Slugs separated by semicolons ("biomedicine; medical-devices"); every one
    must exist (the library's widget drops unknown ones silently)."""

    def __init__(self, model, **kwargs):
        super().__init__(model, field="slug", separator=";", **kwargs)

    def clean(self, value, row=None, **kwargs):
        if not value:
            return self.model.objects.none()
        slugs = [
            part.strip() for part in str(value).split(self.separator) if part.strip()
        ]
        found = self.model.objects.filter(slug__in=slugs)
        unknown = sorted(set(slugs) - {item.slug for item in found})
        if unknown:
            raise ValueError(
                _("No %(thing)s has the slug “%(slug)s”.")
                % {"thing": self.model._meta.verbose_name, "slug": "; ".join(unknown)}
            )
        return found

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return "; ".join(sorted(item.slug for item in value.all()))
