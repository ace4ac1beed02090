from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from apps.policies.models import Policy
from tests.factories.policies import (
    MeasureCategoryFactory,
    MeasureFactory,
    PolicyFactory,
)

pytestmark = pytest.mark.django_db


def test_measure_numbers_are_unique_within_a_policy():
    measure = MeasureFactory(number=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        MeasureFactory(policy=measure.policy, number=1)


def test_two_policies_may_each_have_a_measure_one():
    MeasureFactory(number=1)
    MeasureFactory(number=1)
    assert Policy.objects.count() == 2


def test_measure_numbers_start_at_one():
    with pytest.raises(IntegrityError), transaction.atomic():
        MeasureFactory(number=0)


def test_policy_cannot_take_effect_before_it_is_issued():
    with pytest.raises(IntegrityError), transaction.atomic():
        PolicyFactory(issued_on=dt.date(2025, 3, 1), effective_on=dt.date(2025, 2, 28))


def test_policy_may_take_effect_the_day_it_is_issued():
    day = dt.date(2025, 3, 1)
    assert PolicyFactory(issued_on=day, effective_on=day).pk


def test_saving_with_an_issue_date_fills_the_year_from_it():
    policy = PolicyFactory(year=2020, issued_on=dt.date(2025, 3, 1))
    policy.refresh_from_db()
    assert policy.year == 2025


def test_database_refuses_a_year_that_contradicts_the_issue_date():
    policy = PolicyFactory(issued_on=dt.date(2025, 3, 1))
    with pytest.raises(IntegrityError), transaction.atomic():
        Policy.objects.filter(pk=policy.pk).update(year=2024)


def test_policy_and_category_slugs_are_unique():
    PolicyFactory(slug="measures-2025")
    with pytest.raises(IntegrityError), transaction.atomic():
        PolicyFactory(slug="measures-2025")
    MeasureCategoryFactory(slug="clinical-research")
    with pytest.raises(IntegrityError), transaction.atomic():
        MeasureCategoryFactory(slug="clinical-research")


def test_str_of_policy_category_and_measure():
    policy = PolicyFactory(title_en="Several Measures (2025)")
    category = MeasureCategoryFactory(name_en="Supporting clinical research")
    measure = MeasureFactory(
        policy=policy, number=3, title_en="Faster review", category=category
    )
    assert str(policy) == "Several Measures (2025)"
    assert str(category) == "Supporting clinical research"
    assert str(measure) == "3. Faster review"
