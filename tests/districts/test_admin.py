"""Staff enter figures with a unit from the list and may type them in billions, 亿
or millions; the database keeps base units; an unknown unit is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from apps.districts.models import District, Indicator, Metric
from apps.opportunities.models import Opportunity
from tests.core.admin_forms import admin_url, form_errors, inline_data, publishing_data
from tests.factories.districts import MetricFactory
from tests.factories.opportunities import OpportunityFactory

pytestmark = pytest.mark.django_db


def metric_data(unit: str) -> dict:
    return {
        "name_en": "Industry scale",
        "name_zh_hans": "产业规模",
        "slug": "industry-scale",
        "unit": unit,
        "order": "1",
    }


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "Unknown unit “billion yuan”: choose one from the list."),
        ("zh-hans", "未知单位“billion yuan”\uff0c请从列表中选择。"),
    ],
)
def test_an_unknown_unit_is_refused_with_a_translated_error(
    admin_client, lang, message
):
    response = admin_client.post(
        admin_url(Metric, "add"),
        metric_data("billion yuan"),
        HTTP_ACCEPT_LANGUAGE=lang,
    )
    assert response.status_code == 200
    assert message in response.text
    assert not Metric.objects.exists()


def test_a_unit_from_the_list_is_saved_and_its_help_says_what_to_enter(
    admin_client,
):
    page = admin_client.get(admin_url(Metric, "add")).text
    assert '<option value="CNY">yuan (CNY)</option>' in page
    assert "yuan, not billion yuan" in page
    response = admin_client.post(admin_url(Metric, "add"), metric_data("CNY"))
    assert response.status_code == 302, form_errors(response)
    assert Metric.objects.get().unit == "CNY"


def test_a_unit_code_outside_the_list_is_refused_by_the_model_too():
    metric = MetricFactory.build(slug="x", unit="十亿元")
    with pytest.raises(Exception, match="Unknown unit"):
        metric.full_clean()


@pytest.mark.parametrize(
    ("typed", "scale", "stored"),
    [
        ("80", "1000000000", Decimal(80_000_000_000)),
        ("800", "100000000", Decimal(80_000_000_000)),
        ("80000000000", "1", Decimal(80_000_000_000)),
    ],
)
def test_a_figure_typed_in_billions_or_yi_is_stored_in_yuan(
    admin_client, daxing, typed, scale, stored
):
    metric = MetricFactory(unit="CNY")
    page = admin_client.get(admin_url(District, "change", daxing.pk)).text
    assert "entered in" in page
    response = admin_client.post(
        admin_url(District, "change", daxing.pk),
        {
            **publishing_data("published"),
            "name_en": daxing.name_en,
            "name_zh_hans": daxing.name_zh_hans or "",
            "slug": daxing.slug,
            "order": "0",
            **inline_data(
                "indicators",
                [
                    {
                        "metric": metric.pk,
                        "year": "2022",
                        "kind": "actual",
                        "qualifier": "nearly",
                        "value": typed,
                        "entered_in": scale,
                    }
                ],
            ),
        },
    )
    assert response.status_code == 302, form_errors(response)
    assert Indicator.objects.get(district=daxing).value == stored


def test_a_figure_too_large_even_in_base_units_is_refused_not_a_500(
    admin_client, daxing
):
    metric = MetricFactory(unit="CNY")
    response = admin_client.post(
        admin_url(District, "change", daxing.pk),
        {
            **publishing_data("published"),
            "name_en": daxing.name_en,
            "slug": daxing.slug,
            "order": "0",
            **inline_data(
                "indicators",
                [
                    {
                        "metric": metric.pk,
                        "year": "2022",
                        "kind": "actual",
                        "qualifier": "exact",
                        "value": "99999999999",
                        "entered_in": "1000000000",
                    }
                ],
            ),
        },
    )
    assert response.status_code == 200
    assert not Indicator.objects.filter(district=daxing).exists()


def test_opportunity_amounts_typed_in_millions_are_stored_in_yuan(admin_client, daxing):
    opportunity = OpportunityFactory(district=daxing, amount_min=None, amount_max=None)
    page = admin_client.get(admin_url(Opportunity, "change", opportunity.pk)).text
    assert "1.2 million yuan is 1200000" in page
    data = {
        **publishing_data("published"),
        "title_en": opportunity.title_en,
        "slug": opportunity.slug,
        "kind": opportunity.kind,
        "district": daxing.pk,
        "currency": "CNY",
        "amount_min": "1.2",
        "amount_max": "3",
        "entered_in": "1000000",
        "planning_status": opportunity.planning_status,
        "promoter": opportunity.promoter_id,
    }
    response = admin_client.post(admin_url(Opportunity, "change", opportunity.pk), data)
    assert response.status_code == 302, form_errors(response)
    opportunity.refresh_from_db()
    assert (opportunity.amount_min, opportunity.amount_max) == (
        Decimal("1200000.00"),
        Decimal("3000000.00"),
    )


def test_the_figures_list_adds_a_figure_typed_in_yi(admin_client, daxing):
    metric = MetricFactory(unit="CNY")
    response = admin_client.post(
        admin_url(Indicator, "add"),
        {
            "district": daxing.pk,
            "metric": metric.pk,
            "year": "2023",
            "kind": "actual",
            "qualifier": "about",
            "value": "8",
            "entered_in": "100000000",
        },
    )
    assert response.status_code == 302, form_errors(response)
    assert Indicator.objects.get().value == Decimal(800_000_000)
