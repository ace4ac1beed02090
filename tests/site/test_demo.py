"""`load_demo` loads what the seed articles state, and a second run changes nothing."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.core.management import call_command
from django.utils import translation

from apps.agreements.models import Agreement, AgreementKind, PartyRole
from apps.core.models import SiteSettings
from apps.districts.models import District, Indicator, IndicatorKind, Qualifier
from apps.events.models import DatePrecision, Event, EventFormat
from apps.news.models import Article
from apps.organizations.models import Organization, ServiceField
from apps.parks.models import Park
from apps.policies.models import Measure, MeasureCategory, Policy

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def demo():
    call_command("load_demo", stdout=io.StringIO())


def snapshot() -> dict[str, list[dict]]:
    """Every row of every table (history included), in primary-key order."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values())
        for model in apps.get_models()
    }


def indicator(metric: str, year: int | None, kind=IndicatorKind.ACTUAL) -> Indicator:
    return Indicator.objects.get(
        district__slug="changping", metric__slug=metric, year=year, kind=kind
    )


def test_running_load_demo_twice_changes_no_row(demo):
    before = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    after = snapshot()
    assert {label: len(rows) for label, rows in after.items()} == {
        label: len(rows) for label, rows in before.items()
    }
    assert after == before


def test_both_districts_are_published_in_both_languages(demo):
    daxing = District.objects.published().get(slug="daxing")
    changping = District.objects.published().get(slug="changping")
    assert (daxing.name_en, daxing.name_zh_hans) == ("Daxing", "大兴区")
    assert (changping.name_en, changping.name_zh_hans) == ("Changping", "昌平区")
    assert set(changping.industries.values_list("slug", flat=True)) == {
        "pharmaceutical-healthcare"
    }


def test_changping_industry_scale_was_close_to_80_billion_yuan_in_2022(demo):
    # "reaching a scale close to 80 billion yuan in 2022", stored in yuan.
    scale = indicator("pharmaceutical-healthcare-industry-scale", 2022)
    assert scale.value == Decimal(80_000_000_000)
    assert scale.qualifier == Qualifier.NEARLY
    assert scale.metric.unit == "CNY"


def test_changping_target_is_at_least_100_billion_yuan_without_a_year(demo):
    target = indicator(
        "pharmaceutical-healthcare-industry-scale", None, IndicatorKind.TARGET
    )
    assert target.value == Decimal(100_000_000_000)
    assert target.qualifier == Qualifier.AT_LEAST


@pytest.mark.parametrize(
    ("metric", "value", "qualifier"),
    [
        ("pharmaceutical-healthcare-enterprises", 900, Qualifier.OVER),
        ("high-tech-enterprises", 269, Qualifier.EXACT),
        ("specialized-smes", 133, Qualifier.EXACT),
        ("unicorns", 19, Qualifier.EXACT),
        ("listed-enterprises", 18, Qualifier.EXACT),
        ("high-level-rd-institutions", 10, Qualifier.OVER),
        ("universities", 40, Qualifier.OVER),
    ],
)
def test_changping_counts_of_2023(demo, metric, value, qualifier):
    figure = indicator(metric, 2023)
    assert (figure.value, figure.qualifier) == (value, qualifier)


def test_only_changping_has_figures(demo):
    assert Indicator.objects.count() == 9
    assert not Indicator.objects.filter(district__slug="daxing").exists()


def test_office_contacts_come_from_the_daxing_article_footer(demo):
    office = SiteSettings.load()
    assert office.phone == "+861089292038"
    assert office.email == "info@investchn.com"
    assert office.address_en.startswith("No.138, Section 3, Xingfeng Street")
    daxing = District.objects.get(slug="daxing")
    assert (daxing.contact_phone, daxing.contact_email) == ("", "")


def test_parks_have_no_invented_size_or_position(demo):
    parks = Park.objects.published()
    assert set(parks.values_list("slug", "district__slug", "kind")) == {
        ("zhongguancun-life-science-park", "changping", "science_park"),
        ("daxing-biomedical-industry-base", "daxing", "industrial_base"),
        ("tianyuan-courtyard-sub-district", "daxing", "sub_district_carrier"),
    }
    for park in parks:
        assert park.area_hectares is None
        assert park.available_space_sqm is None
        assert park.latitude is None
        assert park.longitude is None
        assert park.address_en in ("", None)


def test_special_committee_belongs_to_the_beijing_federation(demo):
    committee = Organization.objects.get(
        slug="medical-health-industry-special-committee"
    )
    assert committee.parent.name_en == "Beijing Federation of Industry and Commerce"


def test_directory_lists_the_named_companies_and_service_providers(demo):
    assert set(Organization.objects.in_directory().values_list("slug", flat=True)) == {
        "beigene",
        "innocare",
        "wantai-biopharm",
        "pins-medical",
        "biocytogen",
        "national-torch-medical-transformation-base",
    }
    biocytogen = Organization.objects.get(slug="biocytogen")
    assert ServiceField.CLINICAL_TRANSLATION in biocytogen.service_fields
    assert biocytogen.name_zh_hans == "百奥赛图"


def test_no_designation_is_attached_to_anyone(demo):
    # "Fortune Global 500 companies" are unnamed in the seed.
    assert not apps.get_model("organizations", "Designation").objects.exists()


def test_daxing_conference_is_a_whole_day_for_more_than_100_people(demo):
    event = Event.objects.published().get(
        slug="daxing-life-health-corridor-conference-2025"
    )
    assert event.date_precision == DatePrecision.DAY
    assert event.starts_at == dt.datetime(2025, 7, 10, tzinfo=SHANGHAI)
    assert event.ends_at == dt.datetime(2025, 7, 11, tzinfo=SHANGHAI)
    assert (event.attendance, event.attendance_is_minimum) == (100, True)
    assert list(event.speakers.values_list("name_en", flat=True)) == [
        "Yan Weiqun",
        "Li Aifang",
        "Zhang Long",
        "Li Rong",
    ]
    assert event.sessions.filter(kind="signing").count() == 2


def test_life_science_forum_is_known_only_by_its_year(demo):
    forum = Event.objects.get(slug="international-forum-on-life-science-2023")
    assert forum.date_precision == DatePrecision.YEAR
    assert forum.starts_at == dt.datetime(2023, 1, 1, tzinfo=SHANGHAI)
    assert forum.ends_at == dt.datetime(2024, 1, 1, tzinfo=SHANGHAI)
    assert forum.format == EventFormat.HYBRID
    assert forum.theme_en == "Ignite Life for Future"
    assert forum.structure_en.startswith("1+4+2+N")
    assert forum.sessions.count() == 5
    assert set(forum.exhibitors.values_list("slug", flat=True)) == {
        "beigene",
        "innocare",
        "wantai-biopharm",
        "pins-medical",
    }
    assert forum.organizers.count() == 2
    levitt = forum.speakers.get(name_en="Michael Levitt")
    assert levitt.title_en == "Nobel Laureate"


def test_five_daxing_units_signed_with_the_special_committee(demo):
    agreement = Agreement.objects.get(
        slug="daxing-special-committee-strategic-cooperation-2025"
    )
    assert agreement.signed_on == dt.date(2025, 7, 10)
    assert agreement.event.slug == "daxing-life-health-corridor-conference-2025"
    parties = list(agreement.parties.values_list("organization__slug", "role"))
    assert len(parties) == 6 == agreement.party_count
    assert ("medical-health-industry-special-committee", PartyRole.LEAD) in parties
    assert sum(role == PartyRole.SIGNATORY for _, role in parties) == 5


def test_special_committee_cooperates_with_9_parties_two_of_them_named(demo):
    agreement = Agreement.objects.get(
        slug="special-committee-service-organizations-cooperation-2025"
    )
    assert agreement.party_count == 9
    assert agreement.parties.count() == 3


def test_twelve_projects_were_signed_at_the_2023_forum_by_unnamed_parties(demo):
    projects = Agreement.objects.get(kind=AgreementKind.PROJECT_SIGNING)
    assert (projects.project_count, projects.signed_year) == (12, 2023)
    assert projects.signed_on is None
    assert projects.district.slug == "changping"
    assert not projects.parties.exists()


def test_2025_measures_count_20_without_invented_texts(demo):
    policy = Policy.objects.published().get()
    assert policy.measure_count == 20
    assert (policy.level, policy.year) == ("municipal", 2025)
    assert policy.title_zh_hans == "北京市支持创新医药高质量发展若干措施（2025年）"  # noqa: RUF001
    assert not Measure.objects.exists()
    assert set(MeasureCategory.objects.values_list("slug", flat=True)) == {
        "accelerating-review-and-approval",
        "supporting-clinical-research",
    }


def test_news_bodies_are_the_seed_articles_without_the_footer(demo):
    daxing = Article.objects.published().get(
        slug="daxing-life-health-corridor-conference"
    )
    assert daxing.body_en.startswith(
        "<p>On July 10, the Conference on the Construction"
    )
    assert "89292038" not in daxing.body_en
    assert "<h2>Precise Empowerment to Solve Industrial Development Problems</h2>" in (
        daxing.body_en
    )
    assert {a.slug for a in daxing.agreements.all()} == {
        "daxing-special-committee-strategic-cooperation-2025",
        "special-committee-service-organizations-cooperation-2025",
    }
    changping = Article.objects.get(
        slug="changping-pharmaceutical-healthcare-innovation"
    )
    assert changping.title_en == (
        "Changping's Vision: Pioneering the Future of Pharmaceutical and Healthcare "
        "Innovation"
    )
    assert "18 listed enterprises" in changping.body_en
    assert "#THE S MEDIA" not in changping.body_en
    assert list(changping.districts.values_list("slug", flat=True)) == ["changping"]


def test_untranslated_demo_texts_fall_back_to_english(demo):
    article = Article.objects.get(slug="changping-pharmaceutical-healthcare-innovation")
    park = Park.objects.get(slug="tianyuan-courtyard-sub-district")
    with translation.override("zh-hans"):
        assert article.title == "昌平愿景：引领医药健康创新的未来"  # noqa: RUF001
        assert article.body == article.body_en
        assert park.name == "Tianyuan Courtyard Sub-district"


def test_demo_never_reads_the_shared_seed_folder():
    sources = (ROOT / "apps").rglob("*.py")
    assert not [path for path in sources if "/work/shared" in path.read_text()]


def test_load_demo_restores_an_edited_demo_value_with_one_history_record(demo):
    scale = indicator("pharmaceutical-healthcare-industry-scale", 2022)
    Indicator.objects.filter(pk=scale.pk).update(value=1)
    history = scale.history.count()
    call_command("load_demo", stdout=io.StringIO())
    scale.refresh_from_db()
    assert scale.value == Decimal(80_000_000_000)
    assert scale.history.count() == history + 1


def test_load_demo_reports_each_loader_in_dependency_order():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert out.getvalue().splitlines() == [
        "site settings: 1",
        "industries: 5",
        "districts: 2",
        "metrics and indicators: 17",
        "parks: 3",
        "organizations: 19",
        "events: 2",
        "agreements: 3",
        "policies: 3",
        "news: 2",
        "contacts: 1",
        "guides: 2",
    ]


def test_news_dates_are_their_events_dates_with_the_inferred_year_marked(demo):
    daxing = Article.objects.get(slug="daxing-life-health-corridor-conference")
    changping = Article.objects.get(
        slug="changping-pharmaceutical-healthcare-innovation"
    )
    assert daxing.published_at == dt.datetime(2025, 7, 10, tzinfo=SHANGHAI)
    assert (daxing.year_inferred, daxing.only_year_known) == (True, False)
    assert changping.published_at == dt.datetime(2023, 1, 1, tzinfo=SHANGHAI)
    assert (changping.year_inferred, changping.only_year_known) == (False, True)


def test_inferred_years_are_marked_and_stated_ones_are_not(demo):
    conference = Event.objects.get(slug="daxing-life-health-corridor-conference-2025")
    forum = Event.objects.get(slug="international-forum-on-life-science-2023")
    assert conference.year_inferred
    assert not forum.year_inferred
    assert set(
        Agreement.objects.filter(year_inferred=True).values_list("slug", flat=True)
    ) == set(
        Agreement.objects.filter(signed_on="2025-07-10").values_list("slug", flat=True)
    )
    assert not Agreement.objects.get(project_count=12).year_inferred
    marked = Indicator.objects.filter(year_inferred=True)
    assert set(marked.values_list("year", flat=True)) == {2023}
    assert marked.count() == 7
    assert not Indicator.objects.filter(year=2022, year_inferred=True).exists()
