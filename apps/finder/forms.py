"""The site finder's questions and the "policies for me" profile (GET forms)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.districts.models import District, Industry
from apps.organizations.models import DesignationKind, Stage
from apps.parks.models import ParkKind

from .ranking import Answers

TIMELINES = [
    ("6_months", _("Within 6 months")),
    ("12_months", _("Within a year")),
    ("later", _("Later than a year")),
]
MAX_SPACE_SQM = 10_000_000
MAX_PRICE = 10_000_000


def price_field(label, help_text):
    return forms.DecimalField(
        label=label,
        help_text=help_text,
        min_value=0,
        max_value=MAX_PRICE,
        max_digits=10,
        decimal_places=2,
        required=False,
    )


def slug_choice(queryset, label, empty_label):
    return forms.ModelChoiceField(
        queryset,
        to_field_name="slug",
        required=False,
        label=label,
        empty_label=empty_label,
        error_messages={"invalid_choice": _("This choice is not available.")},
    )


class FinderForm(forms.Form):
    industry = slug_choice(Industry.objects.all(), _("Your industry"), _("Any"))
    stage = forms.ChoiceField(
        label=_("Stage of your company"),
        choices=[("", _("Any")), *Stage.choices],
        required=False,
    )
    space_sqm = forms.IntegerField(
        label=_("Space needed (m²)"),
        min_value=1,
        max_value=MAX_SPACE_SQM,
        required=False,
    )
    district = slug_choice(
        District.objects.none(), _("Preferred district"), _("No preference")
    )
    park_kind = forms.ChoiceField(
        label=_("Preferred kind of park"),
        choices=[("", _("No preference")), *ParkKind.choices],
        required=False,
    )
    timeline = forms.ChoiceField(
        label=_("When do you need it?"),
        choices=[("", _("No preference")), *TIMELINES],
        required=False,
    )
    max_rent = price_field(
        _("Highest rent (yuan per m² per month)"),
        _("Factory, office or lab space; parks within it rank first."),
    )
    max_land_price = price_field(
        _("Highest industrial land price (yuan per m²)"),
        _("Parks whose price is not published are shown after those that fit."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # published() reads the clock: build the choices per request.
        self.fields["district"].queryset = District.objects.published()

    def has_answers(self) -> bool:
        return self.is_bound and any(
            self.data.get(name) for name in self.fields if name in self.data
        )

    def answers(self) -> Answers:
        data = self.cleaned_data
        return Answers(
            industry=data["industry"].slug if data["industry"] else "",
            stage=data["stage"],
            space_sqm=data["space_sqm"],
            district=data["district"].slug if data["district"] else "",
            park_kind=data["park_kind"],
            timeline=data["timeline"],
            max_rent=data["max_rent"],
            max_land_price=data["max_land_price"],
        )


class ProfileForm(forms.Form):
    industry = slug_choice(Industry.objects.all(), _("Your industry"), _("Any"))
    district = slug_choice(District.objects.none(), _("Your district"), _("Any"))
    designations = forms.MultipleChoiceField(
        label=_("Your designations"),
        choices=DesignationKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave empty when your enterprise has none."),
    )
    stage = forms.ChoiceField(
        label=_("Stage of your company"),
        choices=[("", _("Any")), *Stage.choices],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = District.objects.published()
