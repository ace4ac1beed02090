"""schema.org descriptions of organizations for search engines (JSON-LD)."""

from __future__ import annotations

from django.http import HttpRequest

from apps.core.sanitize import html_to_text

from .models import Organization


def organization_json_ld(organization: Organization, request: HttpRequest) -> dict:
    """A schema.org Organization for the organization's page."""
    page_url = request.build_absolute_uri(organization.get_absolute_url())
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": page_url,
        "name": organization.name,
        "url": organization.website or page_url,
    }
    if organization.short_name:
        data["alternateName"] = organization.short_name
    if organization.description:
        data["description"] = html_to_text(organization.description)
    if organization.logo:
        data["logo"] = request.build_absolute_uri(organization.logo.url)
    if organization.founded_year:
        data["foundingDate"] = str(organization.founded_year)
    if organization.address or organization.district:
        address = {"@type": "PostalAddress", "addressCountry": "CN"}
        if organization.address:
            address["streetAddress"] = organization.address
        if organization.district:
            address["addressLocality"] = organization.district.name
        data["address"] = address
    if organization.website:
        data["sameAs"] = [organization.website]
    return data
