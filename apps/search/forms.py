from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    """The search box. Never invalid: the query is cleaned, not rejected."""

    q = forms.CharField(
        label=_("Search the portal"),
        required=False,
        strip=False,
        widget=forms.TextInput(
            attrs={"type": "search", "maxlength": 200, "autocomplete": "off"}
        ),
    )
