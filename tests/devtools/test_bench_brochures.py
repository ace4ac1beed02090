from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db


def test_bench_brochures_times_every_profile_in_both_languages(daxing):
    ParkFactory(district=daxing, slug="bio-base")
    out = io.StringIO()
    call_command("bench_brochures", "--runs", "1", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("first render of the process:")
    for profile in (
        "districts/daxing en",
        "districts/daxing zh-hans",
        "parks/bio-base en",
    ):
        assert any(line.startswith(profile + ":") for line in lines), lines
