"""District editors and the objects of their own and another district."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from apps.accounts import roles
from apps.accounts.models import StaffProfile
from tests.factories.districts import DistrictFactory


@pytest.fixture
def own_district(db):
    return DistrictFactory(name_en="Daxing", slug="daxing")


@pytest.fixture
def other_district(db):
    return DistrictFactory(name_en="Changping", slug="changping")


def make_staff(username: str, group: str, districts=()):
    user = get_user_model().objects.create_user(
        username, f"{username}@invest.example", "a-strong-pass-123", is_staff=True
    )
    user.groups.add(Group.objects.get(name=group))
    profile = StaffProfile.objects.create(user=user)
    profile.districts.set(districts)
    return user


@pytest.fixture
def district_editor(own_district):
    return make_staff("daxing-editor", roles.DISTRICT_EDITORS, [own_district])


@pytest.fixture
def editor_client(client, district_editor):
    client.force_login(district_editor)
    return client


class _FormReader(HTMLParser):
    """The fields of the admin change form, as a browser would submit them."""

    def __init__(self):
        super().__init__()
        self.data: dict[str, list[str]] = {}
        self._select = None
        self._textarea = None
        self._in_form = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id", "").endswith("_form"):
            self._in_form = True
        if not self._in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in {"submit", "button", "file", "image", "reset"}:
                return
            if kind in {"checkbox", "radio"}:
                if "checked" not in attrs:
                    return
                default = "on"
            else:
                default = ""
            self.data.setdefault(name, []).append(attrs.get("value") or default)
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select].append(attrs.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = [""]

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "form":
            self._in_form = False

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][-1] += data


def form_data(html: str) -> dict:
    reader = _FormReader()
    reader.feed(html)
    return {
        key: values if len(values) != 1 else values[0]
        for key, values in reader.data.items()
        if values
    }
