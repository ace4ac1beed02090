"""The contact cards on the district, park, sector, policy and event pages.

Where no contact person covers a district or park, its page shows the team
contact kept on the district or park (`contact_*` fields) instead: that is the
fallback card (the template's), not a second copy of it."""

from __future__ import annotations

from apps.districts.sections import district_page, industry_page
from apps.events.sections import event_page
from apps.parks.sections import park_page
from apps.policies.sections import policy_page

from .models import CARDS_PER_PAGE, ContactPerson


def _cards(contacts) -> dict:
    return {"contacts": list(contacts[:CARDS_PER_PAGE])}


@district_page.register(
    "contacts", print_template="contacts/includes/print_contacts.html"
)
def district_contacts(district) -> dict:
    return _cards(ContactPerson.objects.covering_district(district))


@park_page.register("contacts", print_template="contacts/includes/print_contacts.html")
def park_contacts(park) -> dict:
    return _cards(ContactPerson.objects.covering_park(park))


@industry_page.register("contacts")
def industry_contacts(industry) -> dict:
    return _cards(ContactPerson.objects.covering_industry(industry))


@event_page.register("contacts")
def event_contacts(event) -> dict:
    if event.district_id is None:
        return {"contacts": []}
    return _cards(ContactPerson.objects.covering_district(event.district_id))


@policy_page.register("contacts")
def policy_contacts(policy) -> dict:
    # Those who answer for the policy's districts or sectors: one query, whatever
    # the policy names (subqueries of its links).
    return _cards(
        ContactPerson.objects.covering_any(
            districts=policy.districts.values("pk"),
            industries=policy.industries.values("pk"),
        )
    )
