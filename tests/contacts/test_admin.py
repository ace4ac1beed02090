"""The contacts admin: district editors edit only their districts' contacts."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from apps.accounts import roles
from tests.accounts.conftest import make_staff
from tests.factories.contacts import ContactPersonFactory
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/contacts/contactperson/"


@pytest.fixture
def editor_client(client, daxing):
    client.force_login(make_staff("daxing-editor", roles.DISTRICT_EDITORS, [daxing]))
    return client


def test_district_editor_lists_and_opens_only_their_districts_contacts(
    editor_client, daxing, changping
):
    own = ContactPersonFactory(name_en="Li Rong", districts=[daxing])
    other = ContactPersonFactory(name_en="Wang Chang", districts=[changping])
    both = ContactPersonFactory(name_en="Shared Person", districts=[daxing, changping])
    text = editor_client.get(CHANGELIST).text
    assert "Li Rong" in text
    assert "Wang Chang" not in text
    assert "Shared Person" not in text
    assert editor_client.get(f"{CHANGELIST}{own.pk}/change/").status_code == 200
    assert editor_client.get(f"{CHANGELIST}{other.pk}/change/").status_code == 403
    assert editor_client.get(f"{CHANGELIST}{both.pk}/change/").status_code == 403


def test_district_editor_is_offered_only_their_districts_and_parks(
    editor_client, daxing, changping
):
    ParkFactory(name_en="Daxing Base", district=daxing)
    ParkFactory(name_en="Changping Park", district=changping)
    form = editor_client.get(f"{CHANGELIST}add/").context["adminform"].form
    assert list(form.fields["districts"].queryset) == [daxing]
    assert form.fields["districts"].required
    parks = [park.name for park in form.fields["parks"].queryset]
    assert parks == ["Daxing Base"]


def test_district_editor_cannot_save_a_contact_for_another_district(
    editor_client, changping
):
    response = editor_client.post(
        f"{CHANGELIST}add/",
        {
            "status": "draft",
            "published_at_0": "2026-01-01",
            "published_at_1": "00:00:00",
            "name_en": "Intruder",
            "order": "0",
            "districts": [changping.pk],
        },
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert not response.context["adminform"].form.is_valid()


def test_admin_lists_opens_and_adds_contacts(client, daxing):
    client.force_login(
        get_user_model().objects.create_superuser(
            "root", "root@invest.example", "a-strong-pass-123"
        )
    )
    contact = ContactPersonFactory(name_en="Li Rong", districts=[daxing])
    assert "Li Rong" in client.get(CHANGELIST).text
    assert client.get(f"{CHANGELIST}{contact.pk}/change/").status_code == 200
    assert client.get(f"{CHANGELIST}add/").status_code == 200
    assert client.get(f"{CHANGELIST}{contact.pk}/history/").status_code == 200
