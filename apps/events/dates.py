"""How an event's dates read, by how precisely they are known.

The one place that turns an event's start and end into words: the list, the detail
page and the calendar descriptions all use `event_dates`.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from apps.core import text

from .models import DatePrecision, Event

BEIJING = ZoneInfo("Asia/Shanghai")


def local(value: dt.datetime) -> dt.datetime:
    """A moment on Beijing's clock, whatever the server's time zone."""
    return timezone.localtime(value, BEIJING)


def last_day(event: Event) -> dt.date:
    """The last whole day of a day-precision event; an end at midnight belongs to
    the day before (editors often enter the next midnight as the end)."""
    start, end = local(event.starts_at), local(event.ends_at)
    if end.time() == dt.time(0, 0) and end.date() > start.date():
        return end.date() - dt.timedelta(days=1)
    return end.date()


def event_dates(event: Event) -> str:
    """The event's dates as a reader sees them, in the active language, with
    " (year inferred)" when the source states no year (docs/data.md)."""
    dates = _event_dates(event)
    if event.year_inferred:
        dates += text.bracketed(_("year inferred"))
    return dates


def _event_dates(event: Event) -> str:
    start, end = local(event.starts_at), local(event.ends_at)
    if event.date_precision == DatePrecision.YEAR:
        return text.year(start.year)
    date_format = formats.get_format("DATE_FORMAT")
    if event.date_precision == DatePrecision.DAY:
        first, last = start.date(), last_day(event)
        if first == last:
            return formats.date_format(first, date_format)
        return _("%(start)s – %(end)s") % {  # noqa: RUF001
            "start": formats.date_format(first, date_format),
            "end": formats.date_format(last, date_format),
        }
    time_format = "H:i"
    if start.date() == end.date():
        span = _("%(date)s, %(start)s–%(end)s") % {  # noqa: RUF001
            "date": formats.date_format(start, date_format),
            "start": formats.time_format(start, time_format),
            "end": formats.time_format(end, time_format),
        }
    else:
        # "July 10, 2025, 09:30" / "2025年7月10日09:30" (no comma, no space in Chinese).
        moment_format = date_format + ("" if text.is_chinese() else ", ") + time_format
        span = _("%(start)s – %(end)s") % {  # noqa: RUF001
            "start": formats.date_format(start, moment_format),
            "end": formats.date_format(end, moment_format),
        }
    return _("%(dates)s (Beijing time)") % {"dates": span}
