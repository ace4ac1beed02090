"""The site finder's budget: parks within it rank first, parks whose costs are not
published follow with "cost not published", parks above it come last; none is
dropped."""

from __future__ import annotations

from decimal import Decimal

import pytest

from apps.costs.budget import PriceBook
from apps.finder.ranking import FITS, OVER, UNKNOWN, Answers, Candidate, rank
from apps.parks.models import ParkKind
from tests.factories.costs import CostItemFactory
from tests.factories.parks import ParkFactory

# The finder's reads with a budget only, the price book included (the form's
# their industries, policies + their industries and districts, and the price book
# (the form's choice lists and site settings are cached by then).
BUDGET_QUERIES = 7


def candidate(slug, rent=None, land=None, **kwargs) -> Candidate:
    return Candidate(
        kind="park",
        slug=slug,
        title=slug,
        district="daxing",
        rent=None if rent is None else Decimal(rent),
        land_price=None if land is None else Decimal(land),
        **kwargs,
    )


def test_within_budget_first_then_unknown_then_over():
    candidates = [
        candidate("over", rent=90, industries=frozenset({"bio"})),
        candidate("unknown", industries=frozenset({"bio"})),
        candidate("fits", rent=40),
    ]
    matches = rank(candidates, Answers(industry="bio", max_rent=Decimal(60)))
    assert [m.candidate.slug for m in matches] == ["fits", "unknown", "over"]
    assert [m.budget for m in matches] == [FITS, UNKNOWN, OVER]
    assert "Rent: cost not published" in matches[1].reasons
    assert "Rent from 40 yuan per m² per month, within your budget" in (
        matches[0].reasons
    )
    assert "Rent from 90 yuan per m² per month, above your budget" in (
        matches[2].reasons
    )


def test_a_budget_alone_keeps_every_candidate():
    candidates = [candidate("a"), candidate("b", land=500), candidate("c", land=900)]
    matches = rank(candidates, Answers(max_land_price=Decimal(600)))
    assert [m.candidate.slug for m in matches] == ["b", "a", "c"]


def test_without_a_budget_nothing_changes():
    matches = rank([candidate("a", rent=10)], Answers())
    assert matches == []


def test_price_book_converts_day_rents_and_mu_prices_and_prefers_the_park(db, daxing):
    park = ParkFactory(district=daxing)
    other = ParkFactory(district=daxing)
    items = [
        CostItemFactory.build(
            district=daxing, value_low=2, value_high=3, unit="CNY/m2/day"
        ),
        CostItemFactory.build(
            district=daxing, park=park, value_low=50, value_high=None
        ),
        CostItemFactory.build(
            district=daxing,
            category="industrial_land",
            value_low=666670,
            value_high=None,
            unit="CNY/mu",
        ),
    ]
    book = PriceBook(items)
    own = book.prices(district_id=daxing.pk, park_id=park.pk)
    assert own.rent == Decimal(50)
    assert own.land == Decimal(1000)
    district_wide = book.prices(district_id=daxing.pk, park_id=other.pk)
    assert district_wide.rent.quantize(Decimal("0.01")) == Decimal("60.83")


@pytest.fixture
def priced_parks(daxing, changping):
    cheap = ParkFactory(name_en="Cheap park", slug="cheap", district=daxing)
    dear = ParkFactory(name_en="Dear park", slug="dear", district=daxing)
    ParkFactory(
        name_en="Silent park",
        slug="silent",
        district=changping,
        kind=ParkKind.INDUSTRIAL_BASE,
    )
    CostItemFactory(district=daxing, park=cheap, value_low=40, value_high=55)
    CostItemFactory(district=daxing, park=dear, value_low=80, value_high=95)
    CostItemFactory(
        district=daxing,
        park=dear,
        category="office_rent",
        value_low=70,
        value_high=None,
    )
    CostItemFactory(
        district=changping, category="water", value_low=5, value_high=6, unit="CNY/m3"
    )


@pytest.mark.django_db
def test_finder_page_ranks_by_budget_and_says_cost_not_published(client, priced_parks):
    response = client.get("/en/site-finder/?max_rent=60")
    assert response.status_code == 200
    slugs = [m.candidate.slug for m in response.context["matches"]]
    assert slugs == ["cheap", "silent", "dear"]
    text = response.text
    assert "cost not published" in text
    assert "Rent from 40 yuan per m² per month, within your budget" in text


@pytest.mark.django_db
def test_finder_page_in_chinese(client, priced_parks):
    text = client.get("/zh-hans/site-finder/?max_rent=60").text
    assert "成本未公布" in text
    assert "租金40元/平方米·月起，在预算内" in text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["?max_rent=-1", "?max_rent=cheap", "?max_land_price=1e99"]
)
def test_a_bad_budget_is_a_400_with_the_error(client, priced_parks, query):
    response = client.get(f"/en/site-finder/{query}")
    assert response.status_code == 400
    assert "Please correct the answers marked below." in response.text


@pytest.mark.django_db
def test_budget_query_count_does_not_grow(
    client, priced_parks, daxing, django_assert_num_queries
):
    client.get("/en/site-finder/?max_rent=60")
    with django_assert_num_queries(BUDGET_QUERIES):
        client.get("/en/site-finder/?max_rent=60")
    for _n in range(5):
        park = ParkFactory(district=daxing)
        CostItemFactory(district=daxing, park=park)
    with django_assert_num_queries(BUDGET_QUERIES):
        response = client.get("/en/site-finder/?max_rent=60")
    assert len(response.context["matches"]) == 8
