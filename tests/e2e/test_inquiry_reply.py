"""An inquiry handler answers a Chinese-speaking sender from the admin: the sender's
mailbox receives the reply in Chinese, and no page reports a CSP violation."""

# ruff: noqa: RUF001
from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from apps.accounts import roles
from apps.inquiries.models import InquiryStatus
from apps.inquiries.services import outbox_send_due
from tests.accounts.conftest import make_staff
from tests.e2e.test_csp import _watch
from tests.factories.districts import DistrictFactory
from tests.factories.inquiries import InquiryFactory, ReplyTemplateFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-strong-pass-123"  # make_staff's


def test_handler_replies_and_the_sender_receives_it_in_chinese(page):
    district = DistrictFactory(name_en="Daxing", inquiry_email="daxing@invest.example")
    handler = make_staff("handler", roles.INQUIRY_HANDLERS)
    handler.first_name, handler.last_name = "Li", "Wei"
    handler.save()
    inquiry = InquiryFactory(
        name="王芳",
        email="wang@example.cn",
        language="zh-hans",
        kind="invest",
        district=district,
        message="请问大兴生物医药基地还有可租用的厂房吗？",
    )
    ReplyTemplateFactory(
        name="投资咨询答复",
        language="zh-hans",
        kind="invest",
        subject="关于您的投资咨询（{reference}）",
        body="{name}您好：\n\n感谢您的咨询。\n\n[答复]\n\n{handler}",
    )
    ReplyTemplateFactory(name="Investment reply", language="en", kind="invest")
    violations = _watch(page)

    page.goto("/admin/login/?next=/admin/inquiries/inquiry/")
    page.get_by_label("Username").fill("handler")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name=inquiry.reference).click()
    page.get_by_role("link", name="Reply to the sender").click()
    expect(page).to_have_url(
        re.compile(rf"/admin/inquiries/inquiry/{inquiry.pk}/reply/")
    )
    expect(page.locator("#reply-language")).to_have_text("Simplified Chinese")

    # Only the templates in the sender's language are offered.
    picker = page.locator("#id_template_pick")
    expect(picker).to_contain_text("投资咨询答复")
    expect(picker).not_to_contain_text("Investment reply")
    picker.select_option(label="投资咨询答复 (Investing in a district)")
    page.get_by_role("button", name="Use this template").click()
    text = page.locator("#id_text")
    expect(text).to_have_value(re.compile("^王芳您好："))
    expect(page.locator("#id_subject")).to_have_value(
        f"关于您的投资咨询（{inquiry.reference}）"
    )
    text.fill(text.input_value().replace("[答复]", "基地目前仍有可租用的标准厂房。"))
    page.get_by_role("button", name="Send reply").click()

    expect(page.locator(".messagelist")).to_contain_text(
        f"The reply to {inquiry.reference} is on its way to wang@example.cn."
    )
    expect(page.locator("#replies-group")).to_contain_text(
        "基地目前仍有可租用的标准厂房。"
    )
    expect(page.locator("#replies-group")).to_contain_text("Pending")

    assert outbox_send_due().sent == 1
    (received,) = mail.outbox
    assert received.to == ["wang@example.cn"]
    assert received.reply_to == [handler.email]
    assert received.subject == f"关于您的投资咨询（{inquiry.reference}）"
    assert received.body.startswith("王芳您好：")
    assert "基地目前仍有可租用的标准厂房。" in received.body
    assert "Li Wei" in received.body
    assert f"您的咨询编号：{inquiry.reference}。如需回复，请直接回复本邮件。" in (
        received.body
    )

    page.reload()
    expect(page.locator("#replies-group")).to_contain_text("Sent")
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.ANSWERED
    assert inquiry.first_response_at is not None
    assert violations == []


def test_an_empty_reply_is_refused_on_the_page(page):
    make_staff("handler", roles.INQUIRY_HANDLERS)
    inquiry = InquiryFactory()
    page.goto(f"/admin/login/?next=/admin/inquiries/inquiry/{inquiry.pk}/reply/")
    page.get_by_label("Username").fill("handler")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("button", name="Send reply").click()
    expect(page.locator(".errorlist")).to_contain_text(
        "Write the reply before sending it."
    )
    assert not inquiry.replies.exists()
    assert mail.outbox == []
