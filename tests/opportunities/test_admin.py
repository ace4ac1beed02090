"""The opportunity and measure-eligibility admins, and the constraints they meet."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from apps.core.models import Status
from apps.opportunities.models import Opportunity
from apps.policies.models import MeasureEligibility
from tests.core.admin_forms import admin_url, form_errors, publishing_data
from tests.factories.opportunities import OpportunityFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.policies import MeasureFactory

pytestmark = pytest.mark.django_db


def test_admin_pages_open(admin_client, daxing):
    opportunity = OpportunityFactory(district=daxing)
    for url in (
        admin_url(Opportunity, "changelist"),
        admin_url(Opportunity, "add"),
        admin_url(Opportunity, "change", opportunity.pk),
        admin_url(Opportunity, "history", opportunity.pk),
        admin_url(MeasureEligibility, "changelist"),
        admin_url(MeasureEligibility, "add"),
    ):
        assert admin_client.get(url).status_code == 200, url


def test_staff_add_an_opportunity_in_both_languages(admin_client, daxing, life_park):
    promoter = OrganizationFactory()
    response = admin_client.post(
        admin_url(Opportunity, "add"),
        {
            **publishing_data("published"),
            "title_en": "Cell therapy plant",
            "title_zh_hans": "细胞治疗工厂",
            "slug": "cell-therapy-plant",
            "kind": "project",
            "district": daxing.pk,
            "park": life_park.pk,
            "currency": "CNY",
            "amount_min": "50",
            "amount_max": "20",
            "planning_status": "planned",
            "promoter": promoter.pk,
        },
    )
    # min above max is refused with a message, not a 500.
    assert response.status_code == 200
    assert "The minimum amount must not be above the maximum." in response.text
    response = admin_client.post(
        admin_url(Opportunity, "add"),
        {
            **publishing_data("published"),
            "title_en": "Cell therapy plant",
            "title_zh_hans": "细胞治疗工厂",
            "slug": "cell-therapy-plant",
            "kind": "project",
            "district": daxing.pk,
            "park": life_park.pk,
            "currency": "CNY",
            "amount_min": "20",
            "amount_max": "50",
            "planning_status": "planned",
            "promoter": promoter.pk,
        },
    )
    assert response.status_code == 302, form_errors(response)
    opportunity = Opportunity.objects.get(slug="cell-therapy-plant")
    assert opportunity.title_zh_hans == "细胞治疗工厂"
    assert opportunity.history.count() == 1


def test_publish_action(admin_client, daxing):
    draft = OpportunityFactory(district=daxing, status=Status.DRAFT)
    response = admin_client.post(
        admin_url(Opportunity, "changelist"),
        {"action": "publish_selected", "_selected_action": [draft.pk]},
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED


def test_eligibility_is_edited_with_checkboxes(admin_client):
    measure = MeasureFactory()
    response = admin_client.post(
        admin_url(MeasureEligibility, "add"),
        {"measure": measure.pk, "designations": ["high_tech"], "stages": []},
    )
    assert response.status_code == 302, form_errors(response)
    eligibility = MeasureEligibility.objects.get()
    assert eligibility.designations == ["high_tech"]
    assert eligibility.stages == []


@pytest.mark.parametrize(
    "values",
    [
        {"amount_min": -1},
        {"amount_max": -1},
        {"amount_min": 10, "amount_max": 5},
        {"area_sqm": -3},
        {"latitude": 91},
        {"longitude": -181},
    ],
)
def test_database_refuses_impossible_values(daxing, values):
    with pytest.raises(IntegrityError), transaction.atomic():
        OpportunityFactory(district=daxing, **values)
