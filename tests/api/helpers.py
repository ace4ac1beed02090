"""Helpers of the open data API tests."""

from __future__ import annotations

import csv
import datetime as dt
import io

from django.utils import timezone

from apps.core.models import Status
from tests.agreements.factories import AgreementFactory
from tests.districts.factories import DistrictFactory
from tests.enterprises.factories import OrganizationFactory
from tests.events.factories import EventFactory
from tests.news.factories import ArticleFactory
from tests.opportunities.factories import OpportunityFactory
from tests.parks.factories import ParkFactory
from tests.policies.factories import PolicyFactory

# Endpoint name -> factory making one item of it (None: not a Publishable list).
ENDPOINTS = {
    "districts": DistrictFactory,
    "parks": ParkFactory,
    "organizations": OrganizationFactory,
    "events": EventFactory,
    "agreements": AgreementFactory,
    "policies": PolicyFactory,
    "news": ArticleFactory,
    "opportunities": OpportunityFactory,
}


def draft(factory, **kwargs):
    """A draft item made by factory."""
    return factory(status=Status.DRAFT, **kwargs)


def scheduled(factory, **kwargs):
    """A published item whose publication date is still to come."""
    return factory(published_at=timezone.now() + dt.timedelta(days=1), **kwargs)


def read_csv(response) -> list[dict[str, str]]:
    """The rows of a CSV answer, by header."""
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.body_text.lstrip("\ufeff"))))
