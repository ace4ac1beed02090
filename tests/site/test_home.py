from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from apps.core.models import Status
from apps.districts.models import IndicatorKind, Qualifier
from tests.factories.agreements import AgreementFactory
from tests.factories.districts import (
    DistrictFactory,
    IndicatorFactory,
    IndustryFactory,
    MetricFactory,
)
from tests.factories.events import EventFactory
from tests.factories.news import ArticleFactory
from tests.factories.parks import ParkFactory

pytestmark = pytest.mark.django_db

# The parks' cards show no industries: no prefetch of them (was 9); the success
# stories one more.
HOME_QUERIES = 9
LATER = timezone.now() + dt.timedelta(days=1)


def populate(size: int) -> None:
    for _ in range(size):
        district = DistrictFactory(featured=True)
        district.industries.add(IndustryFactory(), IndustryFactory())
        IndicatorFactory(district=district, year=2021)
        IndicatorFactory(district=district, year=2022)
        ParkFactory(district=district).industries.add(IndustryFactory())
        EventFactory(district=district)
        AgreementFactory(district=district)
        ArticleFactory()


def test_home_shows_a_headline_figure_with_unit_year_and_qualifier(client):
    daxing = DistrictFactory(name_en="Daxing", featured=True)
    metric = MetricFactory(name_en="Industry scale", unit="CNY")
    IndicatorFactory(
        district=daxing,
        metric=metric,
        year=2022,
        value=80 * 10**9,
        qualifier=Qualifier.ABOUT,
    )
    IndicatorFactory(district=daxing, metric=metric, year=2021, value=60 * 10**9)
    IndicatorFactory(
        district=daxing,
        metric=metric,
        year=2025,
        value=100 * 10**9,
        kind=IndicatorKind.TARGET,
    )
    text = client.get("/en/").text
    figures = text.split('id="home-figures"')[1].split("</section>")[0]
    assert "about 80 billion yuan" in figures
    assert "Industry scale (2022)" in figures
    assert "60 billion yuan" not in figures
    assert "100 billion yuan" not in figures


def test_home_lists_published_content_and_hides_drafts_and_scheduled_items(client):
    live = DistrictFactory(name_en="Daxing")
    ParkFactory(district=live, name_en="Life Science Park")
    EventFactory(district=live, title_en="Coming Forum")
    AgreementFactory(district=live, title_en="Signed Deal")
    ArticleFactory(title_en="Forum opens")
    hidden_district = DistrictFactory(name_en="Hidden District", status=Status.DRAFT)
    IndicatorFactory(district=hidden_district, value=4242)
    ParkFactory(district=live, name_en="Draft Park", status=Status.DRAFT)
    ParkFactory(district=live, name_en="Scheduled Park", published_at=LATER)
    EventFactory(district=live, title_en="Draft Forum", status=Status.DRAFT)
    EventFactory(
        district=live,
        title_en="Past Forum",
        starts_at=timezone.now() - dt.timedelta(days=3),
        ends_at=timezone.now() - dt.timedelta(days=2),
    )
    AgreementFactory(district=live, title_en="Future Deal", published_at=LATER)
    ArticleFactory(title_en="Draft news", status=Status.DRAFT)
    ArticleFactory(title_en="Embargoed news", published_at=LATER)

    text = client.get("/en/").text
    for shown in (
        "Daxing",
        "Life Science Park",
        "Coming Forum",
        "Signed Deal",
        "Forum opens",
    ):
        assert shown in text
    for hidden in (
        "Hidden District",
        "4,242",
        "Draft Park",
        "Scheduled Park",
        "Draft Forum",
        "Past Forum",
        "Future Deal",
        "Draft news",
        "Embargoed news",
    ):
        assert hidden not in text


def test_home_links_districts_and_parks_to_their_pages(client):
    district = DistrictFactory(slug="daxing")
    ParkFactory(district=district, slug="life-park")
    text = client.get("/en/").text
    assert 'href="/en/districts/daxing/"' in text
    assert 'href="/en/parks/life-park/"' in text
    assert "/en/contact/?kind=invest" in text


def test_home_shows_event_dates_as_precisely_as_known(client):
    EventFactory(
        title_en="Year-only Forum",
        date_precision="year",
        starts_at=dt.datetime(2027, 6, 1, 9, tzinfo=dt.UTC),
        ends_at=dt.datetime(2027, 6, 1, 12, tzinfo=dt.UTC),
    )
    text = client.get("/en/").text
    assert '<time datetime="2027">2027</time>' in text


@pytest.mark.parametrize("size", [1, 8])
def test_home_query_count_does_not_grow_with_content(
    client, django_assert_num_queries, size
):
    populate(size)
    with django_assert_num_queries(HOME_QUERIES):
        response = client.get("/en/")
    assert response.status_code == 200
    assert len(response.context["districts"]) == min(size, 6)
