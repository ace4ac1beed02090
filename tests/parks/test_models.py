from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "field", ["area_hectares", "available_space_sqm"], ids=["area", "space"]
)
def test_park_sizes_cannot_be_negative(field):
    with pytest.raises(IntegrityError), transaction.atomic():
        ParkFactory(**{field: -1})


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("latitude", "90.000001"),
        ("latitude", "-90.000001"),
        ("longitude", "180.000001"),
        ("longitude", "-180.000001"),
    ],
)
def test_coordinates_outside_the_globe_are_refused(field, value):
    with pytest.raises(IntegrityError), transaction.atomic():
        ParkFactory(**{field: value})


def test_coordinates_on_the_edges_and_zero_sizes_are_accepted():
    park = ParkFactory(
        latitude="-90", longitude="180", area_hectares=0, available_space_sqm=0
    )
    assert park.pk


def test_park_slugs_are_unique():
    ParkFactory(slug="zhongguancun-life-science-park")
    with pytest.raises(IntegrityError), transaction.atomic():
        ParkFactory(slug="zhongguancun-life-science-park")


def test_str_of_park_is_its_name():
    assert str(ParkFactory(name_en="Zhongguancun Life Science Park")) == (
        "Zhongguancun Life Science Park"
    )


def test_out_of_range_values_get_clear_translated_messages():
    """What the admin shows above the form when a value breaks a rule."""
    from django.core.exceptions import ValidationError
    from django.utils import translation

    park = ParkFactory.build(latitude=139.5, area_hectares=-5)
    with pytest.raises(ValidationError) as english:
        park.validate_constraints()
    assert "The latitude must lie between -90 and 90." in english.value.messages
    assert "The area cannot be negative." in english.value.messages
    assert not any("Constraint" in message for message in english.value.messages)
    with translation.override("zh-hans"), pytest.raises(ValidationError) as chinese:
        park.validate_constraints()
    assert "面积不能为负数。" in chinese.value.messages
