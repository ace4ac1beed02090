"""Calendar clients and link checkers send HEAD: every GET-only public address
answers it like GET, without a body."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from tests.factories.events import EventFactory
from tests.factories.news import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    start = timezone.now() + dt.timedelta(days=10)
    EventFactory(slug="forum", starts_at=start, ends_at=start + dt.timedelta(hours=3))
    ArticleFactory(slug="news-item")


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/en/events/",
        "/en/events/calendar.ics",
        "/en/events/forum/",
        "/en/events/forum/calendar.ics",
        "/en/news/feed/",
        "/en/news/feed/atom/",
        "/en/news/news-item/",
        "/en/directory/",
        "/en/site-finder/",
        "/en/policies-for-me/",
        "/en/search/?q=forum",
        "/sitemap.xml",
        "/robots.txt",
        "/healthz",
        "/api/v1/events/",
    ],
)
def test_head_answers_like_get(client, content, path):
    get = client.get(path)
    head = client.head(path)
    assert get.status_code == 200
    assert head.status_code == 200
    assert head.content == b""
    assert head["Content-Type"] == get["Content-Type"]
