"""What the events app adds to other pages, and the event page's own hook (the
agreements signed at it)."""

from __future__ import annotations

from apps.core.sections import PageSections
from apps.districts.sections import district_page, industry_page
from apps.organizations.sections import organization_page

from .models import Event

event_page = PageSections("event page")

# Upcoming events listed on a district's page.
DISTRICT_EVENTS = 5
# Upcoming, and past, events listed on a sector page.
INDUSTRY_EVENTS = 5


@district_page.register("events", print_template="events/includes/print_events.html")
def district_events(district) -> dict:
    events = Event.objects.upcoming_in(district).as_links()
    return {"events": list(events[:DISTRICT_EVENTS])}


@organization_page.register("events")
def organization_events(organization) -> dict:
    return {"events": Event.objects.involving(organization).select_related("district")}


@industry_page.register("events")
def industry_events(industry) -> dict:
    upcoming = Event.objects.upcoming().filter(industries=industry).as_links()
    past = Event.objects.past().filter(industries=industry).as_links()
    return {
        "upcoming_events": list(upcoming[:INDUSTRY_EVENTS]),
        "past_events": list(past[:INDUSTRY_EVENTS]),
    }
