from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .comparison import MAX_DISTRICTS, MIN_DISTRICTS
from .models import District


class CompareForm(forms.Form):
    """Two to four districts picked by slug (`?d=daxing&d=changping`)."""

    d = forms.MultipleChoiceField(
        label=_("Districts to compare"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("%(value)s is not a district we publish figures for."),
        },
    )

    def __init__(self, *args, districts: list[District], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.districts = {district.slug: district for district in districts}
        self.fields["d"].choices = [(d.slug, d.name) for d in districts]
        self.fields["d"].help_text = _("Pick from %(min)d to %(max)d districts.") % {
            "min": MIN_DISTRICTS,
            "max": MAX_DISTRICTS,
        }

    def clean_d(self) -> list[District]:
        slugs = list(dict.fromkeys(self.cleaned_data["d"]))
        if not MIN_DISTRICTS <= len(slugs) <= MAX_DISTRICTS:
            raise forms.ValidationError(
                _("Pick from %(min)d to %(max)d districts to compare."),
                code="count",
                params={"min": MIN_DISTRICTS, "max": MAX_DISTRICTS},
            )
        return [self.districts[slug] for slug in slugs]
