from __future__ import annotations

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from apps.inquiries.models import InquiryStatus, InquiryStatusChange
from tests.factories.districts import DistrictFactory
from tests.factories.inquiries import InquiryFactory

pytestmark = pytest.mark.django_db


def change_url(inquiry) -> str:
    return reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])


def change_data(**overrides) -> dict:
    data = {"status": "new", "assignee": "", "district": ""}
    for prefix in ("replies", "notes", "status_changes", "outbox_messages"):
        data[f"{prefix}-TOTAL_FORMS"] = "0"
        data[f"{prefix}-INITIAL_FORMS"] = "0"
    data.update(overrides)
    return data


def action(client, url, name, inquiries):
    return client.post(
        url,
        {"action": name, "_selected_action": [i.pk for i in inquiries]},
        follow=True,
    )


def test_changelist_finds_an_inquiry_by_reference(staff_client, changelist_url):
    wanted = InquiryFactory(reference="INQ-2026-000777")
    InquiryFactory(reference="INQ-2026-000778")
    response = staff_client.get(changelist_url, {"q": wanted.reference})
    html = response.content.decode()
    assert response.status_code == 200
    assert "INQ-2026-000777" in html
    assert "INQ-2026-000778" not in html


def test_changelist_costs_the_same_queries_for_more_inquiries(
    staff_client, changelist_url, django_assert_num_queries, staff
):
    district = DistrictFactory()
    InquiryFactory.create_batch(2, district=district, assignee=staff)
    staff_client.get(changelist_url)  # warms the site settings cache
    # The suggested contact filter's choices included.
    with django_assert_num_queries(9):
        staff_client.get(changelist_url)
    InquiryFactory.create_batch(8, district=DistrictFactory(), assignee=staff)
    with django_assert_num_queries(9):
        staff_client.get(changelist_url)


def test_assign_to_me_assigns_and_records_the_change(
    staff_client, changelist_url, staff
):
    inquiry = InquiryFactory()
    action(staff_client, changelist_url, "assign_to_me", [inquiry])
    inquiry.refresh_from_db()
    assert inquiry.assignee == staff
    assert inquiry.status == InquiryStatus.ASSIGNED
    change = InquiryStatusChange.objects.get(inquiry=inquiry)
    assert (change.by, change.from_status, change.to_status) == (
        staff,
        "new",
        "assigned",
    )
    # Assigning is not answering: only a reply sets the first response.
    assert inquiry.first_response_at is None


@pytest.mark.parametrize(
    ("name", "status"), [("mark_spam", "spam"), ("close", "closed")]
)
def test_bulk_status_actions(staff_client, changelist_url, staff, name, status):
    first, second = InquiryFactory.create_batch(2)
    untouched = InquiryFactory()
    response = action(staff_client, changelist_url, name, [first, second])
    assert "2 inquiries updated." in response.content.decode()
    for inquiry in (first, second):
        inquiry.refresh_from_db()
        assert inquiry.status == status
        assert inquiry.status_changes.get().by == staff
    untouched.refresh_from_db()
    assert untouched.status == InquiryStatus.NEW


def test_status_change_in_the_form_is_recorded(staff_client, staff):
    inquiry = InquiryFactory()
    response = staff_client.post(
        change_url(inquiry),
        change_data(status="answered"),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.ANSWERED
    change = inquiry.status_changes.get()
    assert (change.by, change.from_status, change.to_status) == (
        staff,
        "new",
        "answered",
    )
    assert inquiry.first_response_at is None


def test_note_gets_its_author_and_is_not_a_response(staff_client, staff):
    inquiry = InquiryFactory()
    response = staff_client.post(
        change_url(inquiry),
        change_data(
            **{
                "notes-TOTAL_FORMS": "1",
                "notes-0-text": "Called back, will send the brochure.",
            }
        ),
    )
    assert response.status_code == 302
    inquiry.refresh_from_db()
    note = inquiry.notes.get()
    assert note.author == staff
    assert inquiry.first_response_at is None
    assert inquiry.status == InquiryStatus.NEW
    assert not inquiry.status_changes.exists()


def test_change_page_opens(staff_client):
    inquiry = InquiryFactory(message="Please call me.")
    response = staff_client.get(change_url(inquiry))
    assert response.status_code == 200
    assert "Please call me." in response.content.decode()


def read_csv(response) -> list[list[str]]:
    content = b"".join(response).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def test_csv_export_respects_the_filters(staff_client):
    closed = InquiryFactory(status=InquiryStatus.CLOSED)
    InquiryFactory(status=InquiryStatus.NEW)
    export = reverse("admin:inquiries_inquiry_export")
    response = staff_client.get(export, {"status__exact": "closed"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = read_csv(response)
    assert rows[0][0] == "reference"
    assert [row[0] for row in rows[1:]] == [closed.reference]


def test_csv_export_defuses_formulas(staff_client):
    InquiryFactory(name="=HYPERLINK(1)", organization="+SUM(A1)", phone="-1+cmd")
    rows = read_csv(staff_client.get(reverse("admin:inquiries_inquiry_export")))
    row = rows[1]
    assert "'=HYPERLINK(1)" in row
    assert "'+SUM(A1)" in row
    assert "'-1+cmd" in row


def test_csv_export_keeps_plain_numbers_as_numbers(staff_client):
    # The rule shared with the API's CSV (apps/core/spreadsheets.py): "-1" is data.
    InquiryFactory(organization="-1")
    rows = read_csv(staff_client.get(reverse("admin:inquiries_inquiry_export")))
    assert "-1" in rows[1]


def test_changelist_links_to_the_export_with_its_filters(staff_client, changelist_url):
    html = staff_client.get(changelist_url, {"status__exact": "new"}).content.decode()
    assert "/admin/inquiries/inquiry/export/?status__exact=new" in html


def test_csv_export_costs_the_same_queries_for_more_inquiries(
    staff_client, django_assert_num_queries, staff
):
    export = reverse("admin:inquiries_inquiry_export")
    InquiryFactory.create_batch(2, district=DistrictFactory(), assignee=staff)
    # The sidebar's district and suggested contact choices are read twice each.
    with django_assert_num_queries(9):
        read_csv(staff_client.get(export))
    InquiryFactory.create_batch(8, district=DistrictFactory(), assignee=staff)
    with django_assert_num_queries(9):
        read_csv(staff_client.get(export))


def test_csv_export_is_for_staff_only(client):
    response = client.get(reverse("admin:inquiries_inquiry_export"))
    assert response.status_code == 302
    assert "/admin/login/" in response.url


def render_count(user) -> str:
    request = RequestFactory().get("/admin/")
    request.user = user
    template = Template("{% load inquiries %}{% new_inquiry_count %}")
    return template.render(Context({"request": request}))


def test_new_inquiry_count_tag_shows_the_new_ones(staff):
    InquiryFactory.create_batch(3)
    InquiryFactory(status=InquiryStatus.CLOSED)
    html = render_count(staff)
    assert "3 new inquiries waiting" in html
    assert "?status__exact=new" in html


def test_new_inquiry_count_tag_is_hidden_without_permission(db):
    InquiryFactory()
    user = get_user_model().objects.create_user("visitor", password="x" * 12)
    assert render_count(user).strip() == ""
