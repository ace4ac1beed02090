"""The contact form's phone number: validated as an international number and
stored as E.164; a bad one is a translated field error and nothing is saved."""

from __future__ import annotations

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from apps.inquiries.models import Inquiry
from tests.factories.inquiries import InquiryFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("010 8929 2038", "+861089292038"),
        ("+86-10-8929-2038", "+861089292038"),
        ("+86 138 0013 8000", "+8613800138000"),
        ("+49 30 1234-5678 ext 12", "+493012345678 ext. 12"),
    ],
)
def test_a_valid_number_is_stored_in_international_form(
    submit, form_data, typed, stored
):
    response = submit(form_data(phone=typed))

    assert response.status_code == 302
    assert Inquiry.objects.get().phone == stored


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "Enter a valid phone number, for example +86 10 8929 2038"),
        ("zh-hans", "请输入有效的电话号码，例如+86 10 8929 2038或010 8929 2038。"),
    ],
)
@pytest.mark.parametrize("typed", ["+86 12345", "call me maybe", "+1 000 000 0000"])
def test_a_bad_number_is_a_translated_error_and_nothing_is_saved(
    submit, form_data, language, message, typed
):
    response = submit(form_data(phone=typed), language=language)

    assert response.status_code == 200
    assert message in response.text
    assert not Inquiry.objects.exists()


def test_the_phone_stays_optional(submit, form_data):
    response = submit(form_data(phone=""))

    assert response.status_code == 302
    assert Inquiry.objects.get().phone == ""


@pytest.mark.parametrize(
    ("language", "line"),
    [("zh-hans", "电话：+861089292038\n"), ("en", "Phone: +861089292038\n")],
)
def test_the_team_notice_labels_read_right_in_each_language(language, line):
    inquiry = InquiryFactory(phone="+861089292038")
    with translation.override(language):
        body = render_to_string("inquiries/email/notice_body.txt", {"inquiry": inquiry})
    assert line in body
