"""The open data says which years are inferred, as the pages do (docs/data.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories.agreements import AgreementFactory
from tests.factories.events import EventFactory
from tests.factories.news import ArticleFactory

pytestmark = pytest.mark.django_db


def test_inferred_and_year_only_dates_are_flagged(api_get):
    EventFactory(slug="conference", year_inferred=True)
    AgreementFactory(
        slug="signing",
        signed_on=dt.date(2025, 7, 10),
        signed_year=2025,
        year_inferred=True,
    )
    ArticleFactory(slug="report", only_year_known=True)

    assert api_get("/api/v1/events/conference/").json()["year_inferred"] is True
    assert api_get("/api/v1/agreements/signing/").json()["year_inferred"] is True
    article = api_get("/api/v1/news/report/").json()
    assert (article["only_year_known"], article["year_inferred"]) == (True, False)
