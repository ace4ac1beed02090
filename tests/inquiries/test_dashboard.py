"""The admin dashboard's inquiry figures per district: the last 12 weeks' inquiries
as a bar chart, the median first response and the overdue count."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib import admin
from django.urls import reverse

from apps.accounts import roles
from apps.core.models import Publishable
from apps.inquiries.models import Inquiry, InquiryStatus
from apps.inquiries.workdays import BEIJING
from tests.accounts.conftest import make_staff
from tests.factories.districts import DistrictFactory
from tests.factories.inquiries import InquiryFactory

pytestmark = pytest.mark.django_db

# Wednesday 2 December 2026, 10:00 in Beijing.
NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=BEIJING)


def received(days_ago: float, *, answered_after_hours: float | None = None, **kw):
    created = NOW - dt.timedelta(days=days_ago)
    inquiry = InquiryFactory(**kw)
    fields = {"created_at": created}
    if answered_after_hours is not None:
        fields["first_response_at"] = created + dt.timedelta(hours=answered_after_hours)
        fields["status"] = InquiryStatus.ANSWERED
    Inquiry.objects.filter(pk=inquiry.pk).update(**fields)
    return inquiry


@pytest.fixture
def districts(db):
    return (
        DistrictFactory(name_en="Daxing", name_zh_hans="大兴区"),
        DistrictFactory(name_en="Changping", name_zh_hans="昌平区"),
    )


def dashboard(client):
    with time_machine.travel(NOW, tick=False):
        response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    return response.content.decode()


def section(html: str) -> str:
    start = html.index('id="inquiry-dashboard"')
    return html[start : html.index("</table>", start)]


def rows(html: str) -> dict[str, str]:
    table = section(html)
    found = {}
    for chunk in table.split('<th scope="row">')[1:]:
        name, rest = chunk.split("</th>", 1)
        found[name.strip()] = rest.split("</tr>", 1)[0]
    return found


def test_dashboard_shows_counts_median_response_and_overdue(admin_client, districts):
    daxing, changping = districts
    received(1, district=daxing, answered_after_hours=2)
    received(8, district=daxing, answered_after_hours=4)
    received(15, district=daxing, answered_after_hours=30)
    received(20, district=daxing)  # overdue
    received(200, district=daxing)  # older than 12 weeks, but overdue
    received(3, district=changping, answered_after_hours=1)
    received(0.1)  # no district, not overdue yet

    found = rows(dashboard(admin_client))
    assert list(found) == ["Changping", "Daxing", "No district"]
    daxing_row = found["Daxing"]
    cells = daxing_row.split('<td class="num">')[1:]
    assert cells[0].startswith("4<")  # inquiries in 12 weeks
    assert cells[1].startswith("4 h 0 min")  # median of 2 h, 4 h, 30 h
    assert 'inquiry-badge--overdue">2<' in cells[2]
    assert daxing_row.count('<rect class="bar"') == 12
    assert "Inquiries per week, Daxing" in daxing_row
    assert found["No district"].split('<td class="num">')[2].startswith("—")


def test_dashboard_in_chinese_lists_districts_in_pinyin_order(admin_client, districts):
    daxing, changping = districts
    received(1, district=daxing)
    received(1, district=changping)
    admin_client.cookies["django_language"] = "zh-hans"
    with time_machine.travel(NOW, tick=False):
        html = admin_client.get(
            reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="zh-hans"
        ).content.decode()
    assert "各区咨询（近12周）" in html  # noqa: RUF001
    assert list(rows(html)) == ["昌平区", "大兴区"]


def test_district_editor_sees_only_their_district(client, districts):
    daxing, changping = districts
    received(1, district=daxing)
    received(1, district=changping)
    client.force_login(make_staff("daxing", roles.DISTRICT_EDITORS, [daxing]))
    assert list(rows(dashboard(client))) == ["Daxing"]


def test_staff_without_inquiry_rights_see_no_figures(client, districts):
    received(1, district=districts[0])
    client.force_login(make_staff("content", roles.CONTENT_EDITORS))
    assert 'id="inquiry-dashboard"' not in dashboard(client)


@pytest.mark.parametrize("size", [1, 6])
def test_dashboard_figures_cost_three_queries(
    admin_client, districts, django_assert_num_queries, size
):
    for district in districts:
        for days in range(size):
            received(days * 5, district=district, answered_after_hours=3)
    dashboard(admin_client)  # session and user loaded once
    # Session, user, recent actions, the drafts of each content type, the new
    # inquiries and three for the figures: the same whatever the inquiries.
    with django_assert_num_queries(3 + len(_content_types()) + 1 + 3):
        dashboard(admin_client)


def _content_types() -> list:
    return [model for model in admin.site._registry if issubclass(model, Publishable)]
