"""The scheduled-publishing rule shared by every content model."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine

from apps.core.models import Status
from apps.districts.models import District
from apps.news.models import Article
from tests.factories.districts import DistrictFactory
from tests.factories.news import ArticleFactory

pytestmark = pytest.mark.django_db

NOON = dt.datetime(2025, 7, 10, 12, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@time_machine.travel(NOON, tick=False)
def test_published_shows_only_published_items_whose_time_has_come():
    live = DistrictFactory(published_at=NOON - dt.timedelta(minutes=1))
    now = DistrictFactory(published_at=NOON)
    DistrictFactory(status=Status.DRAFT, published_at=NOON - dt.timedelta(days=1))
    DistrictFactory(published_at=NOON + dt.timedelta(minutes=1))
    assert set(District.objects.published()) == {live, now}


def test_scheduled_article_appears_once_its_time_comes():
    with time_machine.travel(NOON, tick=False):
        article = ArticleFactory(published_at=NOON + dt.timedelta(hours=1))
        assert not Article.objects.published().filter(pk=article.pk).exists()
        assert not article.is_live
    with time_machine.travel(NOON + dt.timedelta(hours=1), tick=False):
        assert Article.objects.published().filter(pk=article.pk).exists()
        assert article.is_live


@time_machine.travel(NOON, tick=False)
def test_drafts_lists_only_drafts():
    draft = DistrictFactory(status=Status.DRAFT)
    DistrictFactory()
    assert list(District.objects.drafts()) == [draft]
    assert not draft.is_live
