"""A contact person's e-mail, phone and photo description are checked, with a
translated message; nothing is saved."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import translation

from apps.contacts.models import ContactPerson
from tests.factories.contacts import ContactPersonFactory

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/contacts/contactperson/add/"


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser(
        "root", "root@invest.example", "a-strong-pass-123"
    )
    client.force_login(user)
    return client


def form(**overrides) -> dict:
    data = {
        "status": "published",
        "published_at_0": "2026-01-01",
        "published_at_1": "00:00:00",
        "name_en": "Li Rong",
        "name_zh_hans": "",
        "title_en": "Deputy Director",
        "office_en": "Investment Promotion Center",
        "phone": "",
        "email": "",
        "order": "0",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("language", "field", "value", "message"),
    [
        ("en", "email", "li-at-invest", "Enter a valid email address."),
        ("zh-hans", "email", "li-at-invest", "输入一个有效的 Email 地址。"),
        ("en", "phone", "12", "Enter a valid phone number"),
        ("zh-hans", "phone", "12", "请输入有效的电话号码"),
    ],
)
def test_bad_email_or_phone_is_refused_with_a_translated_message(
    admin_client, language, field, value, message
):
    response = admin_client.post(
        ADD_URL, form(**{field: value}), headers={"accept-language": language}
    )
    assert response.status_code == 200
    assert message in response.text
    assert not ContactPerson.objects.exists()


def test_good_contact_is_saved_with_its_phone_in_international_form(admin_client):
    response = admin_client.post(
        ADD_URL, form(phone="010 8929 2038", email="li@invest.example")
    )
    assert response.status_code == 302
    contact = ContactPerson.objects.get()
    assert str(contact.phone) == "+861089292038"


def test_photo_without_description_is_refused(db):
    contact = ContactPersonFactory.build(photo="contacts/li.jpg", photo_alt="")
    with translation.override("zh-hans"):
        with pytest.raises(ValidationError) as error:
            contact.full_clean(exclude=["photo"])
        messages = error.value.message_dict["photo_alt"]
    assert messages == ["请描述照片内容，供无法看到图片的读者使用。"]  # noqa: RUF001
