"""Admin forms where staff type a figure in thousands, 万, millions, 亿 or billions
and the database keeps it in base units (apps/core/quantities.py)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .quantities import ENTRY_SCALES, entered


def scale_field(help_text=None) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=_("entered in"),
        choices=ENTRY_SCALES,
        initial="1",
        required=False,
        help_text=help_text
        or _(
            "What the numbers on this row are typed in: 80 with “billion” is "
            "stored as 80000000000. Saved figures show in the base unit."
        ),
    )


class ScaledEntryForm(forms.ModelForm):
    """A model form whose `scaled_fields` are multiplied by the chosen scale."""

    scaled_fields: tuple[str, ...] = ()

    def clean(self):
        cleaned = super().clean()
        scale = cleaned.get("entered_in") or "1"
        for name in self.scaled_fields:
            if cleaned.get(name) is not None:
                cleaned[name] = entered(cleaned[name], scale)
        return cleaned
