"""`{% new_inquiry_count %}`: the number of new inquiries, for the admin index;
`{% inquiry_dashboard %}`: per district, the last 12 weeks' inquiries, the median
first response and the overdue ones, for the admin index too;
`{% inquiry_response_days %}`: the working days the form promises an answer in;
`{% inquiry_url %}`: the inquiry form's address, prefilled."""

from __future__ import annotations

from django import template
from django.conf import settings
from django.contrib import admin
from django.urls import reverse
from django.utils.http import urlencode

from ..admin import format_duration
from ..dashboard import WEEKS, district_rows
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


@register.inclusion_tag("inquiries/includes/dashboard.html", takes_context=True)
def inquiry_dashboard(context) -> dict:
    """Per district: inquiries by week, median first response, overdue count
    (three queries), for staff who may view inquiries, within their districts."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.has_perm("inquiries.view_inquiry"):
        return {"visible": False}
    queryset = admin.site._registry[Inquiry].get_queryset(request)
    rows = [
        {"row": row, "median": format_duration(row.median_response)}
        for row in district_rows(queryset)
    ]
    return {"visible": True, "rows": rows, "weeks": WEEKS}


@register.simple_tag
def inquiry_response_days() -> int:
    """PORTAL_INQUIRY_RESPONSE_DAYS, the working days an answer is promised in."""
    return settings.PORTAL_INQUIRY_RESPONSE_DAYS


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
