"""The inquiry form records an opportunity and the finder's shortlist."""

from __future__ import annotations

import pytest

from apps.core.models import Status
from apps.finder import shortlist
from apps.inquiries.models import Inquiry
from tests.factories.opportunities import OpportunityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_form(settings):
    settings.PORTAL_INQUIRY_MIN_SECONDS = 0


@pytest.fixture
def opportunity(daxing):
    return OpportunityFactory(title_en="Vaccine plant", slug="vaccine-plant")


def post(client, **extra):
    data = {
        "kind": "invest",
        "name": "Anna Schmidt",
        "email": "anna@example.com",
        "language": "en",
        "message": "We would like to know more.",
        "consent": "on",
        **extra,
    }
    return client.post("/en/contact/", data)


def test_the_form_opened_from_an_opportunity_names_it(client, opportunity):
    response = client.get("/en/contact/?kind=invest&opportunity=vaccine-plant")
    assert response.status_code == 200
    assert response.context["form"].initial["opportunity"] == opportunity
    assert '<span class="badge">Vaccine plant</span>' in response.text
    assert 'name="opportunity" value="vaccine-plant"' in response.text


def test_a_sent_inquiry_records_the_opportunity_in_its_concerns(client, opportunity):
    response = post(client, opportunity="vaccine-plant")
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.concerns == "Opportunity: Vaccine plant"
    notice = inquiry.outbox_messages.get(kind="notice")
    assert "Opportunity: Vaccine plant" in notice.body


def test_a_draft_opportunity_is_not_offered(client, daxing):
    OpportunityFactory(slug="secret", status=Status.DRAFT)
    response = client.get("/en/contact/?kind=invest&opportunity=secret")
    assert "opportunity" not in response.context["form"].initial
    response = post(client, opportunity="secret")
    assert response.status_code == 200
    assert "This choice is not available any more." in response.text
    assert not Inquiry.objects.exists()


def test_the_shortlist_is_shown_and_recorded(client, opportunity, life_park):
    query = "shortlist=park:daxing-bio-base,opportunity:vaccine-plant,park:gone"
    response = client.get(f"/en/contact/?kind=invest&district=daxing&{query}")
    form = response.context["form"]
    assert form.initial["shortlist"] == (
        "park:daxing-bio-base,opportunity:vaccine-plant"
    )
    assert [str(obj) for obj in response.context["about"]] == [
        "Daxing",
        "Daxing Biomedical Industry Base",
        "Vaccine plant",
    ]
    response = post(
        client,
        district="daxing",
        shortlist="park:daxing-bio-base,opportunity:vaccine-plant",
    )
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.kind == "invest"
    assert inquiry.concerns == (
        "Daxing · Shortlist: Daxing Biomedical Industry Base, Vaccine plant"
    )


@pytest.mark.parametrize(
    "value",
    [
        "castle:daxing",
        "park:bad slug",
        "park:%00",
        ",".join(f"park:p{n}" for n in range(shortlist.MAX_ITEMS + 1)),
        "park:" + "x" * 5000,
    ],
)
def test_a_malformed_shortlist_is_a_form_error_never_a_500(client, life_park, value):
    response = client.get("/en/contact/", {"kind": "invest", "shortlist": value})
    assert response.status_code == 200
    assert "shortlist" not in response.context["form"].initial
    response = post(client, shortlist=value)
    assert response.status_code == 200
    assert "The shortlist is not valid." in response.text
    assert not Inquiry.objects.exists()


def test_parse_keeps_order_and_drops_duplicates():
    assert shortlist.parse("park:a, opportunity:b,park:a") == [
        ("park", "a"),
        ("opportunity", "b"),
    ]
    assert shortlist.parse("") == []
    assert shortlist.parse("park:") is None
