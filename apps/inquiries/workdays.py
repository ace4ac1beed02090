"""Working days in China, and when an unanswered inquiry becomes overdue.

China's calendar moves days: public holidays (Spring Festival, National Day …)
close offices on weekdays, and make-up working days open them on a Saturday or
Sunday. `chinese-calendar` knows the State Council's announcements; for a year it
does not know yet (announced each November), Monday to Friday are working days.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import chinese_calendar
from django.conf import settings
from django.utils import timezone

# Offices keep Beijing time, whatever the server's time zone.
BEIJING = ZoneInfo("Asia/Shanghai")


def is_working_day(day: dt.date) -> bool:
    """Whether offices in China work on `day` (make-up weekends included)."""
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return day.weekday() < 5


def working_days_before(day: dt.date, count: int) -> dt.date:
    """The `count`-th working day before `day` (`day` itself not counted)."""
    found = 0
    while found < count:
        day -= dt.timedelta(days=1)
        if is_working_day(day):
            found += 1
    return day


def working_days_after(day: dt.date, count: int) -> dt.date:
    """The `count`-th working day after `day` (`day` itself not counted)."""
    found = 0
    while found < count:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            found += 1
    return day


def response_days() -> int:
    return max(settings.PORTAL_INQUIRY_RESPONSE_DAYS, 1)


def reply_due(received: dt.datetime) -> dt.date:
    """The last day of the promise: the inquiry is answered by the end of the
    PORTAL_INQUIRY_RESPONSE_DAYS-th working day after the day it arrived."""
    return working_days_after(received.astimezone(BEIJING).date(), response_days())


def overdue_cutoff(now: dt.datetime | None = None) -> dt.datetime:
    """Unanswered inquiries received before this moment are overdue now.

    An inquiry is overdue once the day after its due date has begun in Beijing;
    its due date is before today exactly when it arrived before the N-th working
    day before today (N = PORTAL_INQUIRY_RESPONSE_DAYS), so one comparison on
    `created_at` selects them in SQL.
    """
    today = (now or timezone.now()).astimezone(BEIJING).date()
    first_late_day = working_days_before(today, response_days())
    return dt.datetime.combine(first_late_day, dt.time.min, tzinfo=BEIJING)
