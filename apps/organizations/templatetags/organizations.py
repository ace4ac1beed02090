"""Template helpers of the enterprise directory."""

from __future__ import annotations

from django import template

from apps.core.text import bracketed, comma, join_list, year
from apps.organizations.models import DesignationKind, Organization

register = template.Library()


@register.simple_tag
def organization_meta(organization: Organization) -> str:
    """One line under a directory card's title: kind, place and designations
    (`designation_kinds`, annotated by `Organization.objects.for_listing()`)."""
    parts = [organization.get_kind_display()]
    parts += [
        str(place) for place in (organization.district, organization.park) if place
    ]
    kinds = organization.designation_kinds
    if kinds:
        labels = dict(DesignationKind.choices)
        parts.append(join_list(labels.get(kind, kind) for kind in dict.fromkeys(kinds)))
    return " · ".join(parts)


@register.filter
def designation_label(designation) -> str:
    """ "Listed (HKEX 06160), 2021": the kind, the exchange and stock code when
    known, and the year granted."""
    label = str(designation.get_kind_display())
    listing = " ".join(
        part for part in (designation.exchange, designation.stock_code) if part
    )
    if listing:
        label = f"{label}{bracketed(listing)}"
    if designation.year:
        label = f"{label}{comma()}{year(designation.year)}"
    return label
