"""seed_bulk: synthetic, reproducible, bilingual bulk content."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from apps.agreements.models import AgreementParty
from apps.districts.models import District, Indicator
from apps.events.models import Event, Session
from apps.inquiries.models import Inquiry
from apps.news.models import Article
from apps.organizations.models import Organization
from apps.parks.models import Park
from apps.policies.models import Measure, Policy

pytestmark = pytest.mark.django_db


def _seed(*args: str) -> None:
    call_command("seed_bulk", "--scale", "0.01", *args, verbosity=0)


def test_tiny_scale_makes_every_kind_of_content_in_proportion():
    _seed()
    assert Organization.objects.count() == 1000
    assert Inquiry.objects.count() == 2000
    assert Article.objects.count() == 200
    assert Event.objects.count() == 100
    assert Session.objects.count() == 300
    assert Policy.objects.count() == 20
    assert Measure.objects.count() == 100
    assert AgreementParty.objects.count() == 200
    assert Park.objects.count() == 3
    assert Indicator.objects.filter(district__in=District.objects.all()).count() == 50
    assert Organization.objects.published().count() > 900


def test_every_row_is_marked_synthetic_in_both_languages():
    _seed()
    for model in (District, Park, Organization, Event, Policy, Article):
        assert not model.objects.exclude(slug__startswith="syn-").exists()
    org = Organization.objects.order_by("pk").first()
    assert org.name_en.startswith("Synthetic ")
    assert org.name_zh_hans.startswith("合成")
    article = Article.objects.order_by("pk").first()
    assert article.body_en.startswith("Synthetic")
    assert "合成" in article.body_zh_hans
    assert not Inquiry.objects.exclude(reference__startswith="SYN-").exists()
    assert not Inquiry.objects.exclude(email__endswith=".invalid").exists()


def test_same_seed_makes_the_same_content():
    _seed()
    first = list(Organization.objects.order_by("slug").values_list("slug", "kind"))
    _seed("--reset")
    second = list(Organization.objects.order_by("slug").values_list("slug", "kind"))
    assert first == second
    assert Organization.objects.count() == 1000


def test_rerun_without_reset_refuses_and_changes_nothing():
    _seed()
    with pytest.raises(CommandError, match="--reset"):
        _seed()
    assert Organization.objects.count() == 1000


def test_reset_keeps_content_that_is_not_synthetic():
    from tests.factories.districts import DistrictFactory

    real = DistrictFactory(slug="daxing")
    _seed()
    _seed("--reset")
    assert District.objects.filter(pk=real.pk).exists()
    assert District.objects.count() == 2
