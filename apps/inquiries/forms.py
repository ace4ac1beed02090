from __future__ import annotations

import re

from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from apps.core import phones
from apps.core.text import join_list
from apps.districts.models import District, Industry
from apps.events.models import Event
from apps.finder import shortlist
from apps.opportunities.models import Opportunity
from apps.organizations.models import Organization
from apps.parks.models import Park
from apps.policies.models import Policy

from . import abuse
from .models import InquiryKind


def _shortlist_kind(obj) -> str:
    return "opportunity" if isinstance(obj, Opportunity) else "park"


SLUG_RE = re.compile(r"[-a-zA-Z0-9_]{1,120}")


def is_slug(value: str) -> bool:
    """Whether a value can be a slug at all (so never reaches the database)."""
    return bool(SLUG_RE.fullmatch(value))


def published_querysets() -> dict:
    """What an inquiry may concern, by form field: published content only."""
    return {
        "district": District.objects.published(),
        "park": Park.objects.published(),
        "event": Event.objects.published(),
        "policy": Policy.objects.published(),
        "organization_ref": Organization.objects.published(),
        "opportunity": Opportunity.objects.published(),
        "industry": Industry.objects.published(),
    }


# Query parameter of the contract -> form field.
QUERY_PARAMETERS = {
    "district": "district",
    "park": "park",
    "event": "event",
    "policy": "policy",
    "organization": "organization_ref",
    "opportunity": "opportunity",
    "industry": "industry",
}


class SlugChoiceField(forms.ModelChoiceField):
    """A published object chosen by its slug; anything else is a field error."""

    def __init__(self, queryset, **kwargs):
        super().__init__(
            queryset,
            to_field_name="slug",
            required=False,
            error_messages={
                "invalid_choice": _("This choice is not available any more.")
            },
            **kwargs,
        )

    def to_python(self, value):
        if value not in self.empty_values and not is_slug(str(value)):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class InquiryForm(forms.Form):
    """The one contact form. Only the fields below are read from the post, so
    status, assignee, reference or any other extra field is ignored."""

    kind = forms.ChoiceField(
        label=_("What is your inquiry about?"),
        choices=InquiryKind.choices,
        initial=InquiryKind.GENERAL,
    )
    name = forms.CharField(label=_("Your name"), max_length=200)
    organization = forms.CharField(
        label=_("Organization"), max_length=200, required=False
    )
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    phone = forms.CharField(
        label=_("Phone"),
        min_length=5,
        max_length=30,
        required=False,
        help_text=_("With the country code, e.g. +86 10 1234 5678."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    country = forms.CharField(
        label=_("Country or region"), max_length=100, required=False
    )
    language = forms.ChoiceField(
        label=_("Preferred language for our answer"), choices=settings.LANGUAGES
    )
    district = SlugChoiceField(
        District.objects.none(), label=_("District"), empty_label=_("Any")
    )
    industry = SlugChoiceField(
        Industry.objects.all(), label=_("Industry"), empty_label=_("Any")
    )
    park = SlugChoiceField(Park.objects.none(), widget=forms.HiddenInput)
    event = SlugChoiceField(Event.objects.none(), widget=forms.HiddenInput)
    policy = SlugChoiceField(Policy.objects.none(), widget=forms.HiddenInput)
    organization_ref = SlugChoiceField(
        Organization.objects.none(), widget=forms.HiddenInput
    )
    opportunity = SlugChoiceField(Opportunity.objects.none(), widget=forms.HiddenInput)
    # The site finder's shortlist: "park:<slug>,opportunity:<slug>" (see
    # apps/finder/shortlist.py).
    shortlist = forms.CharField(
        required=False,
        max_length=shortlist.MAX_LENGTH,
        widget=forms.HiddenInput,
        error_messages={"max_length": _("The shortlist is not valid.")},
    )
    message = forms.CharField(
        label=_("Your message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("At most 5000 characters."),
    )
    consent = forms.BooleanField(
        label=_("I agree that the office stores and uses my details to answer me."),
        error_messages={
            "required": _("Please agree to the privacy notice so we can answer you.")
        },
    )
    # A trap for robots: hidden from people, left empty by them.
    website = forms.CharField(
        label=_("Website"),
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={"tabindex": "-1", "autocomplete": "off", "class": "inquiry-hp"}
        ),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False, max_length=200)

    field_order = [
        "kind",
        "district",
        "industry",
        "name",
        "organization",
        "email",
        "phone",
        "country",
        "language",
        "message",
        "consent",
    ]
    concern_fields = ("park", "event", "policy", "organization_ref", "opportunity")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # published() reads the clock: build the choices per request.
        for name, queryset in published_querysets().items():
            self.fields[name].queryset = queryset
        self.fields["language"].initial = (get_language() or "en").lower()
        self.fields["consent"].help_text = format_html(
            '<a href="{}">{}</a>',
            reverse("inquiries:privacy"),
            _("Read the privacy notice"),
        )
        if not self.is_bound:
            self.initial.setdefault("started", abuse.form_token())

    @classmethod
    def initial_from_query(cls, params) -> dict:
        """Initial values from ?kind=…&district=<slug>…; unknown values are
        dropped, never an error."""
        initial: dict = {}
        kind = params.get("kind", "")
        if kind in InquiryKind.values:
            initial["kind"] = kind
        for parameter, field_name in QUERY_PARAMETERS.items():
            slug = params.get(parameter, "")
            if not is_slug(slug):
                continue
            obj = published_querysets()[field_name].filter(slug=slug).first()
            if obj is not None:
                initial[field_name] = obj
        pairs = shortlist.parse(params.get("shortlist", ""))
        if pairs:
            items = shortlist.resolve(pairs)
            if items:
                initial["shortlist"] = shortlist.encode(
                    (_shortlist_kind(obj), obj.slug) for obj in items
                )
                initial["shortlist_items"] = items
        return initial

    def concerned_objects(self) -> list:
        """What the inquiry is about, as objects, for "About: Daxing"."""
        source = getattr(self, "cleaned_data", {}) if self.is_bound else self.initial
        names = ("district", *self.concern_fields)
        objects = [source[name] for name in names if source.get(name) is not None]
        return objects + list(source.get("shortlist_items", ()))

    def clean_phone(self) -> str:
        """Stored as an international number (E.164): "+861089292038"."""
        return phones.normalize(self.cleaned_data["phone"])

    def clean_shortlist(self) -> str:
        """The shortlist's published items (kept in cleaned_data["shortlist_items"]);
        items unpublished since the finder showed them are dropped."""
        pairs = shortlist.parse(self.cleaned_data.get("shortlist", ""))
        if pairs is None:
            raise forms.ValidationError(
                _("The shortlist is not valid."), code="invalid_shortlist"
            )
        items = shortlist.resolve(pairs) if pairs else []
        self.cleaned_data["shortlist_items"] = items
        return shortlist.encode((_shortlist_kind(obj), obj.slug) for obj in items)

    def extra_concerns(self) -> list[str]:
        """What the inquiry concerns beyond the fields the Inquiry model has, as
        text for its `concerns` (the opportunity and the finder's shortlist)."""
        data = self.cleaned_data
        extra = []
        if data.get("opportunity") is not None:
            extra.append(
                _("Opportunity: %(title)s") % {"title": data["opportunity"].title}
            )
        items = data.get("shortlist_items") or []
        if items:
            extra.append(_("Shortlist: %(items)s") % {"items": join_list(items)})
        return extra

    @property
    def registration_closed(self) -> bool:
        """Shown on arrival: the event asked for no longer takes registrations."""
        event = self.initial.get("event")
        return (
            not self.is_bound
            and self.initial.get("kind") == InquiryKind.EVENT_REGISTRATION
            and event is not None
            and not event.accepts_registrations
        )

    def clean(self):
        cleaned = super().clean()
        event = cleaned.get("event")
        if cleaned.get("kind") == InquiryKind.EVENT_REGISTRATION:
            if event is None:
                self.add_error(
                    "kind",
                    _("Open the event's page and register from there."),
                )
            elif not event.accepts_registrations:
                self.add_error("kind", _("Registration for this event is closed."))
        return cleaned

    @property
    def is_trap_filled(self) -> bool:
        return bool(self.data.get("website", "").strip())

    def service_kwargs(self) -> dict:
        """The cleaned values as keyword arguments of services.inquiry_create."""
        data = self.cleaned_data
        return {
            "kind": data["kind"],
            "name": data["name"],
            "organization": data["organization"],
            "email": data["email"],
            "phone": data["phone"],
            "country": data["country"],
            "language": data["language"],
            "district": data["district"],
            "park": data["park"],
            "event": data["event"],
            "policy": data["policy"],
            "about_organization": data["organization_ref"],
            "industry": data["industry"],
            "message": data["message"],
            "extra_concerns": self.extra_concerns(),
            "spam_reason": abuse.spam_reason(
                token=data.get("started", ""),
                name=data["name"],
                message=data["message"],
            ),
        }
