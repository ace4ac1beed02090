"""`{% new_inquiry_count %}`: the number of new inquiries, for the admin index;
`{% inquiry_url %}`: the inquiry form's address, prefilled."""

from __future__ import annotations

from django import template
from django.contrib import admin
from django.urls import reverse
from django.utils.http import urlencode

from ..models import Inquiry

register = template.Library()


@register.inclusion_tag("inquiries/includes/new_inquiry_count.html", takes_context=True)
def new_inquiry_count(context) -> dict:
    """A link to the queue of new inquiries with their count (one query), shown
    only to staff who may view inquiries."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.has_perm("inquiries.view_inquiry"):
        return {"visible": False}
    # Through the admin's queryset: a district editor counts only their districts.
    queryset = admin.site._registry[Inquiry].get_queryset(request)
    return {"visible": True, "count": queryset.new().count()}


# The prefill parameters of an inquiry link, in the order the form reads them.
PREFILL = (
    "district",
    "park",
    "event",
    "policy",
    "organization",
    "opportunity",
    "industry",
)


@register.simple_tag(takes_context=True)
def inquiry_url(context) -> str:
    """The inquiry form's address, prefilled from the context's `kind` and what it
    concerns (`district`, `park` … as slugs), as includes/inquiry_cta.html gets
    them."""
    params = [("kind", context.get("kind") or "general")]
    params += [(name, context[name]) for name in PREFILL if context.get(name)]
    return f"{reverse('inquiries:create')}?{urlencode(params)}"
