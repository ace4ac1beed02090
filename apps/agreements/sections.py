"""What the agreements app adds to the district, organization and event pages."""

from __future__ import annotations

from apps.districts.sections import district_page, industry_page
from apps.events.sections import event_page
from apps.organizations.sections import organization_page

from .models import Agreement, AgreementParty

# Agreements listed on a district's page, and on a sector page.
DISTRICT_AGREEMENTS = 6
INDUSTRY_AGREEMENTS = 6
# Agreements listed on an event page; past that, a link to the filtered list.
AGREEMENTS_SHOWN = 12


@district_page.register(
    "agreements", print_template="agreements/includes/print_agreements.html"
)
def district_agreements(district) -> dict:
    agreements = Agreement.objects.in_district(district).as_links()
    return {"agreements": list(agreements[:DISTRICT_AGREEMENTS])}


@organization_page.register("agreement_parties")
def organization_agreement_parties(organization) -> dict:
    parties = (
        AgreementParty.objects.filter(
            organization=organization, agreement__in=Agreement.objects.published()
        )
        .select_related("agreement")
        .order_by("-agreement__signed_year", "agreement__title", "pk")
    )
    return {"agreement_parties": list(parties)}


@event_page.register("agreements")
def event_agreements(event) -> dict:
    # One more than shown, to know whether to link to the rest.
    agreements = list(
        Agreement.objects.signed_at(event).as_links()[: AGREEMENTS_SHOWN + 1]
    )
    return {
        "agreements": agreements[:AGREEMENTS_SHOWN],
        "more_agreements": len(agreements) > AGREEMENTS_SHOWN,
    }


@industry_page.register("agreements")
def industry_agreements(industry) -> dict:
    agreements = (
        Agreement.objects.published()
        .filter(industries=industry)
        .as_links()
        .order_by("-signed_year", "-signed_on", "title", "pk")
    )
    return {"agreements": list(agreements[:INDUSTRY_AGREEMENTS])}
