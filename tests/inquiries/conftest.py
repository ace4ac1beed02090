from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories.districts import DistrictFactory


@pytest.fixture(autouse=True)
def _inquiry_settings(settings):
    # Timing is tested on its own; elsewhere a form may be sent at once.
    settings.PORTAL_INQUIRY_MIN_SECONDS = 0
    settings.PORTAL_INQUIRY_RATE_LIMIT = 5
    settings.PORTAL_INQUIRY_RATE_WINDOW = 600
    settings.PORTAL_OFFICE_EMAIL = "office@invest.example"


@pytest.fixture
def district(db):
    return DistrictFactory(
        name_en="Daxing",
        name_zh_hans="大兴区",
        slug="daxing",
        inquiry_email="daxing-team@invest.example",
    )


@pytest.fixture
def form_data():
    """What a person types into the form (slugs as the form sends them)."""

    def build(**overrides) -> dict:
        data = {
            "kind": "invest",
            "name": "Anna Schmidt",
            "organization": "Example Biotech GmbH",
            "email": "anna@example.com",
            "phone": "+49 30 1234-5678 ext 12",
            "country": "Germany",
            "language": "en",
            "district": "",
            "industry": "",
            "message": "We plan a production site for medical devices.",
            "consent": "on",
            "website": "",
            "started": "",
        }
        data.update(overrides)
        return data

    return build


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    """Post the form in a language, running what happens after the commit."""

    def post(data: dict, language: str = "en", **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/{language}/contact/", data, **extra)

    return post


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser(
        "handler", "handler@invest.example", "secret-pass-123"
    )


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


@pytest.fixture
def changelist_url():
    return reverse("admin:inquiries_inquiry_changelist")
