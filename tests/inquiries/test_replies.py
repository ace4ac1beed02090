# ruff: noqa: RUF001
"""A handler replies to the sender from the admin: through the outbox, in the
sender's language, kept in the inquiry's thread; the first reply answers it."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from apps.accounts import roles
from apps.inquiries.models import (
    InquiryReply,
    InquiryStatus,
    OutboxKind,
    OutboxMessage,
    OutboxStatus,
    ReplyTemplate,
)
from apps.inquiries.replies import inquiry_reply
from apps.inquiries.services import outbox_send_due
from tests.accounts.conftest import make_staff
from tests.factories.districts import DistrictFactory
from tests.factories.inquiries import InquiryFactory, ReplyTemplateFactory

pytestmark = pytest.mark.django_db


def reply_url(inquiry) -> str:
    return reverse("admin:inquiries_inquiry_reply", args=[inquiry.pk])


def send(client, inquiry, text="Our answer.", **data):
    return client.post(reply_url(inquiry), {"text": text, **data})


def test_reply_page_starts_from_a_template_in_the_senders_language(staff_client):
    inquiry = InquiryFactory(name="王芳", language="zh-hans", kind="invest")
    chinese = ReplyTemplateFactory(
        name="投资答复",
        language="zh-hans",
        kind="invest",
        body="{name}您好：{reference}",
    )
    ReplyTemplateFactory(name="Investing reply", language="en", kind="invest")
    ReplyTemplateFactory(name="活动答复", language="zh-hans", kind="event_registration")
    page = staff_client.get(reply_url(inquiry)).content.decode()
    assert "投资答复" in page
    assert "Investing reply" not in page  # another language
    assert "活动答复" not in page  # another kind
    page = staff_client.get(reply_url(inquiry), {"template": chinese.pk})
    assert f"王芳您好：{inquiry.reference}" in page.content.decode()


def test_sending_a_reply_queues_it_to_the_sender_in_their_language(staff_client, staff):
    district = DistrictFactory(inquiry_email="daxing-team@invest.example")
    inquiry = InquiryFactory(
        language="zh-hans", email="wang@example.cn", district=district
    )
    response = send(staff_client, inquiry, text="您好，园区仍有空余厂房。")
    assert response.status_code == 302
    message = OutboxMessage.objects.get(inquiry=inquiry, kind=OutboxKind.REPLY)
    assert message.to == "wang@example.cn"
    assert message.reply_to == staff.email
    assert message.language == "zh-hans"
    assert message.subject == f"回复：您的咨询{inquiry.reference}"
    assert "您好，园区仍有空余厂房。" in message.body
    assert f"您的咨询编号：{inquiry.reference}" in message.body

    outbox_send_due()
    (sent,) = mail.outbox
    assert sent.to == ["wang@example.cn"]
    assert sent.reply_to == [staff.email]
    assert "园区仍有空余厂房" in sent.body
    message.refresh_from_db()
    assert message.status == OutboxStatus.SENT


def test_first_reply_sets_the_first_response_and_answers_the_inquiry(
    staff_client, staff
):
    inquiry = InquiryFactory(status=InquiryStatus.ASSIGNED)
    send(staff_client, inquiry, text="First answer.", subject="About the parks")
    inquiry.refresh_from_db()
    reply = inquiry.replies.get()
    assert (reply.author, reply.subject, reply.text) == (
        staff,
        "About the parks",
        "First answer.",
    )
    assert inquiry.first_response_at == reply.created_at
    assert inquiry.status == InquiryStatus.ANSWERED
    change = inquiry.status_changes.get()
    assert (change.by, change.from_status, change.to_status) == (
        staff,
        "assigned",
        "answered",
    )

    first_response = inquiry.first_response_at
    send(staff_client, inquiry, text="A second answer.")
    inquiry.refresh_from_db()
    assert inquiry.replies.count() == 2
    assert inquiry.first_response_at == first_response
    assert inquiry.status_changes.count() == 1


def test_thread_on_the_change_page_shows_author_and_delivery_status(
    staff_client, staff
):
    inquiry = InquiryFactory()
    send(staff_client, inquiry, text="Here is the brochure you asked for.")
    page = staff_client.get(
        reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])
    ).content.decode()
    assert "Here is the brochure you asked for." in page
    assert "Pending" in page
    assert reply_url(inquiry) in page  # the "Reply to the sender" button
    outbox_send_due()
    page = staff_client.get(
        reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])
    ).content.decode()
    assert "Sent" in page


def test_reply_to_is_the_districts_address_when_the_handler_has_none(client):
    handler = make_staff("no-mail", roles.INQUIRY_HANDLERS)
    handler.email = ""
    handler.save()
    client.force_login(handler)
    district = DistrictFactory(inquiry_email="daxing-team@invest.example")
    inquiry = InquiryFactory(district=district)
    assert send(client, inquiry).status_code == 302
    assert inquiry.replies.get().reply_to == "daxing-team@invest.example"
    message = OutboxMessage.objects.get(kind=OutboxKind.REPLY)
    assert message.reply_to == "daxing-team@invest.example"


def test_empty_reply_is_refused_in_chinese_and_nothing_is_sent(staff_client):
    inquiry = InquiryFactory()
    response = staff_client.post(
        reply_url(inquiry), {"text": "  "}, HTTP_ACCEPT_LANGUAGE="zh-hans"
    )
    assert response.status_code == 200
    assert "请先填写答复内容，再发送。" in response.content.decode()
    assert not InquiryReply.objects.exists()
    assert not OutboxMessage.objects.filter(kind=OutboxKind.REPLY).exists()
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.NEW
    assert inquiry.first_response_at is None


def test_spam_cannot_be_answered(staff_client):
    inquiry = InquiryFactory(status=InquiryStatus.SPAM)
    response = send(staff_client, inquiry)
    assert response.status_code == 302
    assert not InquiryReply.objects.exists()
    follow = staff_client.get(response["Location"]).content.decode()
    assert "cannot be answered" in follow


def test_inquiry_handler_may_reply(client):
    handler = make_staff("handler", roles.INQUIRY_HANDLERS)
    client.force_login(handler)
    inquiry = InquiryFactory()
    assert client.get(reply_url(inquiry)).status_code == 200
    assert send(client, inquiry).status_code == 302
    assert inquiry.replies.get().author == handler


def test_district_editor_replies_only_to_their_districts_inquiries(client):
    daxing, changping = DistrictFactory(), DistrictFactory()
    editor = make_staff("daxing-editor", roles.DISTRICT_EDITORS, [daxing])
    client.force_login(editor)
    own = InquiryFactory(district=daxing)
    foreign = InquiryFactory(district=changping)
    assert send(client, own).status_code == 302
    assert client.get(reply_url(foreign)).status_code == 403
    assert send(client, foreign).status_code == 403
    assert not foreign.replies.exists()


def test_content_editor_may_not_reply(client):
    editor = make_staff("content", roles.CONTENT_EDITORS)
    client.force_login(editor)
    inquiry = InquiryFactory()
    assert send(client, inquiry).status_code == 403
    assert not InquiryReply.objects.exists()


def test_reply_page_costs_a_fixed_number_of_queries(
    staff_client, staff, django_assert_num_queries
):
    inquiry = InquiryFactory()
    ReplyTemplateFactory.create_batch(2)
    send(staff_client, inquiry)
    staff_client.get(reply_url(inquiry))  # warms the site settings cache
    with django_assert_num_queries(5):
        staff_client.get(reply_url(inquiry))
    ReplyTemplateFactory.create_batch(5)
    send(staff_client, inquiry)
    send(staff_client, inquiry)
    with django_assert_num_queries(5):
        staff_client.get(reply_url(inquiry))


def test_a_general_template_ships_in_each_language():
    templates = ReplyTemplate.objects.filter(kind="")
    assert {t.language for t in templates} >= {"en", "zh-hans"}
    chinese = templates.get(language="zh-hans", name="通用答复")
    assert chinese.body.startswith("{name}您好：")


def test_a_reply_too_long_or_to_no_such_inquiry_changes_nothing(staff_client):
    inquiry = InquiryFactory()
    response = send(staff_client, inquiry, text="x" * 5001)
    assert response.status_code == 200
    assert "5000" in response.content.decode()
    assert not InquiryReply.objects.exists()
    assert staff_client.get("/admin/inquiries/inquiry/999999/reply/").status_code == 404
    assert staff_client.get(reply_url(inquiry), {"template": "x'1"}).status_code == 200


def test_the_service_refuses_an_empty_reply():
    with pytest.raises(ValidationError, match="Write the reply"):
        inquiry_reply(inquiry=InquiryFactory(), author=None, text=" \n")
    assert not OutboxMessage.objects.exists()
