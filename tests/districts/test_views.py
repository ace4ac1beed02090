from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone

from apps.core.models import Status
from apps.districts.comparison import comparison_rows
from apps.districts.models import Indicator, IndicatorKind
from tests.factories.agreements import AgreementFactory
from tests.factories.districts import (
    DistrictFactory,
    IndicatorFactory,
    IndustryFactory,
)
from tests.factories.events import EventFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory

pytestmark = pytest.mark.django_db

DETAIL_QUERIES = 13  # the contact cards, costs, guides and success stories included
LIST_QUERIES = 4
COMPARE_QUERIES = 4


def detail(client, slug, lang="en"):
    return client.get(f"/{lang}/districts/{slug}/")


def test_district_list_shows_published_districts_only(client, daxing, draft_district):
    DistrictFactory(
        name_en="Scheduled",
        published_at=timezone.now() + dt.timedelta(days=1),
    )
    response = client.get("/en/districts/")
    assert response.status_code == 200
    assert "Daxing" in response.text
    assert draft_district.name not in response.text
    assert "Scheduled" not in response.text


def test_draft_and_scheduled_districts_return_404(client, draft_district):
    scheduled = DistrictFactory(published_at=timezone.now() + dt.timedelta(days=1))
    assert detail(client, draft_district.slug).status_code == 404
    assert detail(client, scheduled.slug).status_code == 404


def test_district_profile_shows_figures_with_unit_year_and_qualifier(
    client, daxing, daxing_scale
):
    response = detail(client, "daxing")
    assert response.status_code == 200
    text = response.text
    key_figures = text.split('id="key-figures"')[1].split("</section>")[0]
    assert "about 80 billion yuan" in key_figures
    assert "Industry scale (2022)" in key_figures
    # The older 2021 figure is not a key figure; the target is shown as a target.
    assert "60 billion yuan" not in key_figures
    assert "Target" in key_figures
    assert "100 billion yuan" in key_figures


def test_district_profile_in_chinese_uses_chinese_names_and_units(
    client, daxing, daxing_scale
):
    text = detail(client, "daxing", "zh-hans").text
    assert "大兴区" in text
    # 万 and 亿, no space: "约800亿元", not "约 80 十亿元".
    key_figures = text.split('id="key-figures"')[1].split("</section>")[0]
    assert "约800亿元" in key_figures
    assert "目标" in key_figures or "1000亿元" in key_figures
    assert "十亿" not in text
    assert "产业规模" in text


def test_district_chart_is_an_accessible_svg_behind_a_toggle(
    client, daxing, daxing_scale
):
    text = detail(client, "daxing").text
    charts = text.split('<details class="metric-charts">')[1].split("</details>")[0]
    svg = re.search(r"<svg class=\"chart\".*?</svg>", charts, re.S).group(0)
    assert 'role="img"' in svg
    assert "<title" in svg
    assert svg.count("<rect") == 3
    assert "bar--target" in svg
    assert "Lighter bars marked * are targets" in charts


def test_district_figures_are_one_table_with_years_as_columns(
    client, daxing, daxing_scale
):
    other = IndicatorFactory(
        district=daxing,
        metric__name_en="Listed firms",
        metric__order=1,
        year=2023,
        value=900,
    )
    text = detail(client, "daxing").text
    section = text.split('id="figures-by-year"')[1].split("</section>")[0]
    assert section.count("<table") == 1
    head = re.search(r"<thead>(.*?)</thead>", section, re.S).group(1)
    columns = re.findall(r'<th scope="col"[^>]*>([^<]*)</th>', head)
    assert columns == ["Figure", "2021", "2022", "2023", "Target"]
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</tr>", section, re.S)
    assert len(rows) == 2
    cells = [re.findall(r'<td class="num[^"]*">(.*?)</td>', row, re.S) for row in rows]
    assert cells[0][:2] == ["60", "about 80"]
    assert "100" in cells[0][3]
    assert "by 2025" in cells[0][3]
    assert other.metric.name in rows[1]
    assert cells[1][2] == "900"


def test_district_with_one_figure_a_metric_draws_no_chart(client, daxing):
    IndicatorFactory(district=daxing, year=2023, value=900)
    text = detail(client, "daxing").text
    assert "<table" in text.split('id="figures-by-year"')[1]
    assert "metric-charts" not in text
    assert "Lighter bars" not in text


def test_district_figures_kept_with_the_pages_change_with_a_figure(
    client, settings, daxing, daxing_scale
):
    settings.PORTAL_PAGE_CACHE_SECONDS = 120
    extra = {"HTTP_X_BENCH_NO_CACHE": "1"}  # the page cache bypassed, not the figures
    settings.PORTAL_BENCH_ENABLED = True
    assert "about 80 billion yuan" in client.get("/en/districts/daxing/", **extra).text
    assert "约800亿元" in client.get("/zh-hans/districts/daxing/", **extra).text
    latest = daxing_scale[0]
    latest.value = 90 * 10**9
    latest.save()
    assert "about 90 billion yuan" in client.get("/en/districts/daxing/", **extra).text
    assert "约900亿元" in client.get("/zh-hans/districts/daxing/", **extra).text


def test_district_profile_lists_its_published_content_only(client, daxing):
    ParkFactory(district=daxing, name_en="Life Science Park")
    ParkFactory(district=daxing, name_en="Draft Park", status=Status.DRAFT)
    OrganizationFactory(district=daxing, name_en="BeiGene")
    OrganizationFactory(district=daxing, name_en="Hidden Co", status=Status.DRAFT)
    OrganizationFactory(district=daxing, name_en="Committee", kind="association")
    EventFactory(district=daxing, title_en="Coming Forum")
    EventFactory(
        district=daxing,
        title_en="Past Forum",
        starts_at=timezone.now() - dt.timedelta(days=10),
        ends_at=timezone.now() - dt.timedelta(days=9),
    )
    AgreementFactory(district=daxing, title_en="Signed Deal")
    AgreementFactory(
        district=daxing,
        title_en="Future Deal",
        published_at=timezone.now() + dt.timedelta(days=1),
    )
    text = detail(client, "daxing").text
    for shown in ("Life Science Park", "BeiGene", "Coming Forum", "Signed Deal"):
        assert shown in text
    for hidden in ("Draft Park", "Hidden Co", "Committee", "Past Forum", "Future Deal"):
        assert hidden not in text


def test_district_profile_lists_its_own_and_city_wide_policies(client, daxing):
    other = DistrictFactory(slug="changping")
    PolicyFactory(title_en="Daxing Measures").districts.add(daxing)
    both = PolicyFactory(title_en="Shared Measures")
    both.districts.add(daxing, other)
    PolicyFactory(title_en="City-wide Measures")
    PolicyFactory(title_en="Changping Measures").districts.add(other)
    PolicyFactory(title_en="Draft Measures", status=Status.DRAFT)
    text = detail(client, "daxing").text
    assert "Daxing Measures" in text
    assert text.count("Shared Measures") == 1
    assert "City-wide Measures" in text
    assert "Changping Measures" not in text
    assert "Draft Measures" not in text


def test_district_profile_offers_to_contact_the_district_team(client, daxing):
    text = detail(client, "daxing").text
    assert "/en/contact/?kind=invest&amp;district=daxing" in text
    assert "Contact Daxing's team</a>" in text
    assert "+86 10 8929 2038" in text


def test_district_profile_has_breadcrumbs_canonical_and_open_graph(client, daxing):
    text = detail(client, "daxing").text
    assert 'aria-label="Breadcrumb"' in text
    assert '<span aria-current="page">Daxing</span>' in text
    assert (
        '<link rel="canonical" href="http://testserver/en/districts/daxing/">' in text
    )
    assert '<meta property="og:title" content="Daxing">' in text


@pytest.mark.parametrize("size", [1, 5])
def test_district_profile_query_count_does_not_grow_with_content(
    client, daxing, populate_district, django_assert_num_queries, size
):
    populate_district(daxing, size)
    with django_assert_num_queries(DETAIL_QUERIES):
        assert detail(client, "daxing").status_code == 200


@pytest.mark.parametrize("size", [1, 6])
def test_district_list_query_count_does_not_grow(
    client, django_assert_num_queries, size
):
    for _ in range(size):
        DistrictFactory().industries.add(IndustryFactory(), IndustryFactory())
    with django_assert_num_queries(LIST_QUERIES):
        assert client.get("/en/districts/").status_code == 200


def test_district_list_page_past_the_end_is_a_404_not_a_500(client, daxing):
    assert client.get("/en/districts/?page=999").status_code == 404
    assert client.get("/en/districts/?page=abc").status_code == 404


# --- Comparison ---------------------------------------------------------------------


def test_comparison_rows_align_figures_under_their_district():
    first, second = DistrictFactory(), DistrictFactory()
    a = IndicatorFactory(district=first, year=2022, value=80)
    IndicatorFactory(district=second, metric=a.metric, year=2022, value=70)
    IndicatorFactory(district=second, metric=a.metric, year=2021, value=50)
    IndicatorFactory(
        district=first, metric=a.metric, year=2022, value=90, kind=IndicatorKind.TARGET
    )
    indicators = Indicator.objects.select_related("metric")
    rows = comparison_rows(indicators, [first, second])
    assert [(r.year, r.kind, r.cells) for r in rows] == [
        (2021, "actual", ("", "50")),
        (2022, "actual", ("80", "70")),
        (2022, "target", ("90", "")),
    ]


def test_comparison_rows_ignore_districts_not_chosen():
    first, second, third = DistrictFactory.create_batch(3)
    metric = IndicatorFactory(district=first).metric
    IndicatorFactory(district=third, metric=metric)
    rows = comparison_rows(Indicator.objects.select_related("metric"), [second, first])
    assert [r.cells for r in rows] == [("", "100")]


def test_compare_page_shows_two_districts_side_by_side(client, daxing, daxing_scale):
    other = DistrictFactory(name_en="Changping", slug="changping")
    IndicatorFactory(
        district=other, metric=daxing_scale[0].metric, year=2022, value=120 * 10**9
    )
    response = client.get("/en/districts/compare/?d=daxing&d=changping")
    assert response.status_code == 200
    row = re.search(
        r"Industry scale \(billion yuan\)</th>\s*<td>2022</td>(.*?)</tr>",
        response.text,
        re.S,
    ).group(1)
    assert re.findall(r'<td class="num">(.*?)</td>', row) == ["about 80", "120"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?d=daxing", "Pick from 2 to 4 districts to compare."),
        ("?d=daxing&d=nowhere", "nowhere is not a district we publish figures for."),
        ("?d=daxing&d=draft-district", "is not a district we publish figures for."),
        ("?d=%00%ff&d=daxing", "is not a district we publish figures for."),
        ("?x=1", "This field is required."),
    ],
)
def test_compare_page_explains_a_bad_choice_instead_of_failing(
    client, daxing, draft_district, query, message
):
    response = client.get(f"/en/districts/compare/{query}")
    assert response.status_code == 200
    assert message in response.text
    assert "Figures side by side" not in response.text


def test_compare_page_refuses_more_than_four_districts(client):
    districts = DistrictFactory.create_batch(5)
    query = "&".join(f"d={d.slug}" for d in districts)
    response = client.get(f"/en/districts/compare/?{query}")
    assert response.status_code == 200
    assert "Pick from 2 to 4 districts to compare." in response.text
    assert "Figures side by side" not in response.text


def test_compare_page_error_is_translated(client, daxing):
    response = client.get("/zh-hans/districts/compare/?d=daxing")
    assert "请选择2至4个区进行对比。" in response.text


def test_compare_page_without_choice_shows_the_form(client, daxing):
    response = client.get("/en/districts/compare/")
    assert response.status_code == 200
    assert 'name="d" value="daxing"' in response.text


@pytest.mark.parametrize("size", [1, 4])
def test_compare_query_count_is_fixed(
    client, populate_district, django_assert_num_queries, size
):
    districts = DistrictFactory.create_batch(4)
    for district in districts:
        populate_district(district, size)
    query = "&".join(f"d={d.slug}" for d in districts[:size])
    query = query if size > 1 else f"d={districts[0].slug}&d={districts[1].slug}"
    with django_assert_num_queries(COMPARE_QUERIES):
        assert client.get(f"/en/districts/compare/?{query}").status_code == 200
