from __future__ import annotations

import pytest

from apps.events.models import Event
from tests.core.admin_forms import admin_url, form_errors, inline_data, publishing_data
from tests.factories.events import EventFactory, SessionFactory, SpeakerFactory
from tests.factories.organizations import OrganizationFactory

pytestmark = pytest.mark.django_db


def _event_data(**overrides) -> dict:
    return {
        **publishing_data(),
        "title_en": "Daxing Biomedical Industry Forum",
        "title_zh_hans": "大兴生物医药产业论坛",
        "slug": "daxing-biomedical-forum",
        "kind": "forum",
        "starts_at_0": "2026-03-20",
        "starts_at_1": "09:00:00",
        "ends_at_0": "2026-03-20",
        "ends_at_1": "17:00:00",
        "date_precision": "time",
        "format": "offline",
        **overrides,
    }


def test_staff_creates_an_event_with_two_sessions_and_two_speakers(admin_client):
    organization = OrganizationFactory()

    response = admin_client.post(
        admin_url(Event, "add"),
        {
            **_event_data(),
            **inline_data(
                "sessions",
                [
                    {"kind": "main_forum", "title_en": "Main forum", "order": "1"},
                    {
                        "kind": "panel",
                        "title_en": "Panel",
                        "title_zh_hans": "分论坛",
                        "order": "2",
                    },
                ],
            ),
            **inline_data(
                "speakers",
                [
                    {
                        "name_en": "Speaker One",
                        "organization": organization.pk,
                        "order": "0",
                    },
                    {"name_en": "Speaker Two", "name_zh_hans": "讲者二", "order": "1"},
                ],
            ),
        },
    )

    assert response.status_code == 302, form_errors(response)
    event = Event.objects.get(slug="daxing-biomedical-forum")
    assert sorted(event.sessions.values_list("title_en", flat=True)) == [
        "Main forum",
        "Panel",
    ]
    assert sorted(event.speakers.values_list("name_en", flat=True)) == [
        "Speaker One",
        "Speaker Two",
    ]
    assert event.speakers.get(name_en="Speaker One").organization == organization


def test_speaker_session_choices_are_the_sessions_of_the_same_event(admin_client):
    event = EventFactory()
    own = SessionFactory(event=event, title_en="Own panel")
    SessionFactory(title_en="Another event's panel")
    SpeakerFactory(event=event)

    response = admin_client.get(admin_url(Event, "change", event.pk))

    formset = next(
        f.formset
        for f in response.context["inline_admin_formsets"]
        if f.formset.prefix == "speakers"
    )
    assert list(formset.forms[0].fields["session"].queryset) == [own]
    assert "Another event&#x27;s panel" not in response.text


def test_a_speaker_cannot_be_put_in_another_events_session(admin_client):
    event = EventFactory(slug="forum")
    other_session = SessionFactory(title_en="Elsewhere")

    response = admin_client.post(
        admin_url(Event, "change", event.pk),
        {
            **_event_data(slug="forum", status="published"),
            **inline_data("sessions", []),
            **inline_data(
                "speakers",
                [{"name_en": "Guest", "session": other_session.pk, "order": "0"}],
            ),
        },
    )

    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert not event.speakers.exists()
