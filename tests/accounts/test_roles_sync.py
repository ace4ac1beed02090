"""The staff groups' permissions are brought up to date after every migrate, so a
model added after the roles migration (the inquiry replies) reaches its roles."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from apps.accounts import roles

pytestmark = pytest.mark.django_db


def codenames(name: str) -> set[str]:
    return set(
        Group.objects.get(name=name).permissions.values_list("codename", flat=True)
    )


def test_roles_hold_the_permissions_of_models_added_later():
    assert {"add_inquiryreply", "view_replytemplate"} <= codenames(
        roles.INQUIRY_HANDLERS
    )
    assert "add_inquiryreply" in codenames(roles.DISTRICT_EDITORS)
    assert "change_replytemplate" not in codenames(roles.INQUIRY_HANDLERS)


def test_migrate_restores_a_role_s_permissions():
    Group.objects.get(name=roles.INQUIRY_HANDLERS).permissions.clear()
    call_command("migrate", verbosity=0)
    assert "add_inquiryreply" in codenames(roles.INQUIRY_HANDLERS)
