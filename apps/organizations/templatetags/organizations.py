"""Template helpers of the enterprise directory."""

from __future__ import annotations

from django import template

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
        parts.append(
            ", ".join(str(labels.get(kind, kind)) for kind in dict.fromkeys(kinds))
        )
    return " · ".join(parts)
