"""Helpers of the open data API tests."""

from __future__ import annotations

import csv
import datetime as dt
import io

from django.utils import timezone

from apps.core.models import Status
from tests.factories.agreements import AgreementFactory
from tests.factories.districts import DistrictFactory
from tests.factories.events import EventFactory
from tests.factories.news import ArticleFactory
from tests.factories.opportunities import OpportunityFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory

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
