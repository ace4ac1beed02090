"""`{% new_inquiry_count %}`: the number of new inquiries, for the admin index."""

from __future__ import annotations

from django import template
from django.contrib import admin

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
