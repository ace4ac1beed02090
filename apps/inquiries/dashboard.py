"""The admin dashboard's inquiry figures per district: inquiries per week over the
last 12 weeks (a small bar chart), the median first-response time and the number
of overdue inquiries. Three queries, whatever the number of inquiries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Aggregate, Count, F, FloatField, Func, Q
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.translation import gettext

from apps.core.ordering import name_order
from apps.districts.charts import BarChart, ChartPoint, bar_chart
from apps.districts.models import District

from .models import overdue_q
from .workdays import BEIJING

WEEKS = 12


class Median(Aggregate):
    """PostgreSQL's percentile_cont(0.5): the median of a column."""

    function = "percentile_cont"
    template = "percentile_cont(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


def _response_seconds():
    # Django has no EXTRACT(EPOCH) of an interval; this is the SQL for it.
    return Func(
        F("first_response_at"),
        F("created_at"),
        template="EXTRACT(EPOCH FROM (%(expressions)s))",
        arg_joiner=" - ",
        output_field=FloatField(),
    )


@dataclass(frozen=True)
class DistrictRow:
    name: str
    total: int
    median_response: dt.timedelta | None
    overdue: int
    chart: BarChart


def week_starts(now: dt.datetime) -> list[dt.date]:
    """The Mondays of the last WEEKS weeks in Beijing, the current week last."""
    today = now.astimezone(BEIJING).date()
    monday = today - dt.timedelta(days=today.weekday())
    return [monday - dt.timedelta(weeks=n) for n in range(WEEKS - 1, -1, -1)]


def district_rows(queryset, *, now: dt.datetime | None = None) -> list[DistrictRow]:
    """One row per district with inquiries in the last WEEKS weeks or overdue ones,
    from `queryset` (the admin's, so a district editor sees their districts)."""
    now = now or timezone.now()
    weeks = week_starts(now)
    since = dt.datetime.combine(weeks[0], dt.time.min, tzinfo=BEIJING)
    recent = Q(created_at__gte=since)
    summary = {
        row["district_id"]: row
        for row in queryset.order_by()
        .values("district_id")
        .annotate(
            total=Count("pk", filter=recent),
            median=Median(
                _response_seconds(),
                filter=recent & Q(first_response_at__isnull=False),
            ),
            overdue=Count("pk", filter=overdue_q(now)),
        )
        .filter(Q(total__gt=0) | Q(overdue__gt=0))
    }
    if not summary:
        return []
    counts: dict[tuple[int | None, dt.date], int] = {}
    for row in (
        queryset.order_by()
        .filter(recent)
        .annotate(week=TruncWeek("created_at", tzinfo=BEIJING))
        .values("district_id", "week")
        .annotate(n=Count("pk"))
    ):
        counts[(row["district_id"], row["week"].date())] = row["n"]
    # Districts in their usual order (pinyin for a Chinese reader), then the
    # inquiries of no district.
    names = {
        district.pk: district.name
        for district in District.objects.filter(pk__in=summary.keys()).order_by(
            "order", name_order()
        )
    }
    order = [*names, None]
    rows = []
    for district_id in order:
        row = summary.get(district_id)
        if row is None:
            continue
        points = [
            ChartPoint(
                label=week.strftime("%m-%d") if index % 4 == 0 else "",
                value=counts.get((district_id, week), 0),
                value_label=str(counts.get((district_id, week), "")),
            )
            for index, week in enumerate(weeks)
        ]
        median = row["median"]
        rows.append(
            DistrictRow(
                name=names.get(district_id) or gettext("No district"),
                total=row["total"],
                median_response=(
                    dt.timedelta(seconds=median) if median is not None else None
                ),
                overdue=row["overdue"],
                chart=bar_chart(points, width=264, height=96),
            )
        )
    return rows
