"""The compose stack loads the demo only into an empty database: a restart keeps
what staff edited."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db


def _run() -> str:
    out = StringIO()
    call_command("load_demo_if_empty", stdout=out)
    return out.getvalue()


def test_an_empty_database_gets_the_demo_content():
    from apps.parks.models import Park

    _run()
    assert Park.objects.exists()


def test_a_database_with_content_is_left_as_staff_edited_it():
    from apps.parks.models import Park

    park = ParkFactory(name_en="Edited by staff")
    output = _run()
    assert "demo not loaded" in output
    assert list(Park.objects.values_list("name_en", flat=True)) == [park.name_en]
