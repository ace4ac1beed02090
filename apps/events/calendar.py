"""iCalendar (RFC 5545) files of events, written by hand: a handful of properties
does not need a library, and every line here is one a calendar client reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.http import HttpRequest

from .dates import event_dates, last_day, local
from .models import DatePrecision, Event, EventFormat

PRODID = "-//Invest in Beijing//Events//EN"
TZID = "Asia/Shanghai"

# China has kept UTC+8 all year since 1991; one STANDARD part describes it fully.
VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "X-LIC-LOCATION:Asia/Shanghai",
    "BEGIN:STANDARD",
    "DTSTART:19910915T000000",
    "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0800",
    "TZNAME:CST",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def escape_text(value: str) -> str:
    """A TEXT value escaped per RFC 5545 3.3.11."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 5545 3.1), never inside a
    multi-byte character; continuation lines start with one space."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode()) > limit:
            parts.append(current)
            current = char
            limit = 74  # the leading space takes one octet
        else:
            current += char
    parts.append(current)
    return "\r\n ".join(parts)


def _utc_stamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _event_lines(event: Event, request: HttpRequest) -> list[str]:
    url = request.build_absolute_uri(event.get_absolute_url())
    if event.date_precision == DatePrecision.DAY:
        first = local(event.starts_at).date()
        after_last = last_day(event) + dt.timedelta(days=1)
        start = f"DTSTART;VALUE=DATE:{first:%Y%m%d}"
        end = f"DTEND;VALUE=DATE:{after_last:%Y%m%d}"
    else:
        start = f"DTSTART;TZID={TZID}:{local(event.starts_at):%Y%m%dT%H%M%S}"
        end = f"DTEND;TZID={TZID}:{local(event.ends_at):%Y%m%dT%H%M%S}"
    description = "\n\n".join(
        part for part in (event_dates(event), event.summary, url) if part
    )
    location = ", ".join(part for part in (event.venue, event.address) if part)
    if not location and event.format == EventFormat.ONLINE:
        location = event.online_url
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-{event.pk}@{request.get_host().split(':')[0]}",
        f"DTSTAMP:{_utc_stamp(event.updated_at)}",
        f"LAST-MODIFIED:{_utc_stamp(event.updated_at)}",
        start,
        end,
        f"SUMMARY:{escape_text(event.title)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"URL:{url}",
    ]
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    lines.append("END:VEVENT")
    return lines


def calendar(events: Iterable[Event], request: HttpRequest, *, name: str) -> str:
    """A VCALENDAR of the given events; events known only by year are left out
    because a calendar needs a day."""
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"X-WR-TIMEZONE:{TZID}",
        *VTIMEZONE,
    ]
    for event in events:
        if event.date_precision != DatePrecision.YEAR:
            lines += _event_lines(event, request)
    lines.append("END:VCALENDAR")
    return "".join(f"{fold(line)}\r\n" for line in lines)
