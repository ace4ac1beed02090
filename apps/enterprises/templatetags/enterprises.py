"""Template helpers of the enterprise directory."""

from __future__ import annotations

from django import template

from apps.enterprises.models import Organization

register = template.Library()


@register.simple_tag
def organization_meta(organization: Organization) -> str:
    """One line under a directory card's title: kind, place and designations."""
    parts = [organization.get_kind_display()]
    parts += [
        str(place) for place in (organization.district, organization.park) if place
    ]
    designations = [d.get_kind_display() for d in organization.designations.all()]
    if designations:
        parts.append(", ".join(dict.fromkeys(designations)))
    return " · ".join(parts)
