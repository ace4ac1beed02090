"""schema.org descriptions of events for search engines (JSON-LD)."""

from __future__ import annotations

from django.http import HttpRequest

from .dates import last_day, local
from .models import DatePrecision, Event, EventFormat

ATTENDANCE_MODES = {
    EventFormat.OFFLINE: "https://schema.org/OfflineEventAttendanceMode",
    EventFormat.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    EventFormat.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


def _dates(event: Event) -> tuple[str, str]:
    if event.date_precision == DatePrecision.YEAR:
        year = str(local(event.starts_at).year)
        return year, year
    if event.date_precision == DatePrecision.DAY:
        return local(event.starts_at).date().isoformat(), last_day(event).isoformat()
    return local(event.starts_at).isoformat(), local(event.ends_at).isoformat()


def event_json_ld(event: Event, request: HttpRequest) -> dict:
    """A schema.org Event for the event's page (times in +08:00)."""
    start, end = _dates(event)
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "startDate": start,
        "endDate": end,
        "eventAttendanceMode": ATTENDANCE_MODES.get(
            event.format, ATTENDANCE_MODES[EventFormat.OFFLINE]
        ),
        "eventStatus": "https://schema.org/EventScheduled",
    }
    if event.summary:
        data["description"] = event.summary
    locations: list[dict] = []
    if event.format != EventFormat.ONLINE:
        place: dict = {"@type": "Place", "name": event.venue or event.address}
        address = {"@type": "PostalAddress", "addressCountry": "CN"}
        if event.address:
            address["streetAddress"] = event.address
        if event.district:
            address["addressLocality"] = event.district.name
        place["address"] = address
        if not place["name"]:
            place["name"] = event.district.name if event.district else ""
        locations.append(place)
    if event.format != EventFormat.OFFLINE:
        virtual = {"@type": "VirtualLocation"}
        if event.online_url:
            virtual["url"] = event.online_url
        locations.append(virtual)
    data["location"] = locations[0] if len(locations) == 1 else locations
    organizers = [
        {
            "@type": "Organization",
            "name": organization.name,
            "url": request.build_absolute_uri(organization.get_absolute_url()),
        }
        for organization in event.organizers.all()
    ]
    if organizers:
        data["organizer"] = organizers
    if event.cover_image:
        data["image"] = request.build_absolute_uri(event.cover_image.url)
    return data
