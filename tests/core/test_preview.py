"""Draft preview: staff who may change an item see its public page before it is
published; nobody else does, and no cache or search engine keeps it."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from apps.accounts import roles
from apps.core.models import Status
from apps.news.models import Article
from tests.accounts.conftest import make_staff
from tests.core.admin_forms import admin_url
from tests.factories.agreements import AgreementFactory
from tests.factories.districts import DistrictFactory
from tests.factories.events import EventFactory
from tests.factories.news import ArticleFactory
from tests.factories.opportunities import OpportunityFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory

pytestmark = pytest.mark.django_db

BANNER = "Preview — not published"
DRAFTS = [
    (DistrictFactory, "district"),
    (ParkFactory, "park"),
    (OrganizationFactory, "organization"),
    (EventFactory, "event"),
    (AgreementFactory, "agreement"),
    (PolicyFactory, "policy"),
    (ArticleFactory, "article"),
    (OpportunityFactory, "opportunity"),
]


def preview(obj) -> str:
    return f"{obj.get_absolute_url()}?preview=1"


@pytest.mark.parametrize(("factory", "kind"), DRAFTS, ids=[k for _f, k in DRAFTS])
def test_staff_preview_a_draft_of_every_content_type(admin_client, factory, kind):
    draft = factory(status=Status.DRAFT)
    response = admin_client.get(preview(draft))
    assert response.status_code == 200, kind
    assert BANNER in response.text
    assert '<meta name="robots" content="noindex">' in response.text
    assert response.headers["Cache-Control"] == "private, no-store"
    assert response.headers["X-Robots-Tag"] == "noindex"
    assert "X-Cache" not in response.headers


@pytest.mark.parametrize(("factory", "kind"), DRAFTS, ids=[k for _f, k in DRAFTS])
def test_anonymous_visitors_get_404_for_a_draft_even_with_preview(
    client, factory, kind
):
    draft = factory(status=Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(preview(draft)).status_code == 404


def test_a_scheduled_item_previews_for_staff_and_stays_hidden_from_readers(
    client, admin_client, settings
):
    settings.PORTAL_PAGE_CACHE_SECONDS = 120
    later = ArticleFactory(published_at=timezone.now() + dt.timedelta(days=3))
    assert admin_client.get(preview(later)).status_code == 200
    # The preview was not stored for anyone else.
    assert client.get(later.get_absolute_url()).status_code == 404
    assert client.get(preview(later)).status_code == 404


def test_a_published_item_with_preview_is_the_normal_page(admin_client):
    article = ArticleFactory()
    response = admin_client.get(preview(article))
    assert response.status_code == 200
    assert BANNER not in response.text


def test_a_district_editor_previews_only_their_districts_items(client):
    own, other = DistrictFactory(slug="daxing"), DistrictFactory(slug="changping")
    editor = make_staff("daxing-editor", roles.DISTRICT_EDITORS, [own])
    client.force_login(editor)
    mine = ParkFactory(district=own, status=Status.DRAFT)
    theirs = ParkFactory(district=other, status=Status.DRAFT)
    assert client.get(preview(mine)).status_code == 200
    assert client.get(preview(theirs)).status_code == 404


def test_staff_without_change_permission_cannot_preview(client, django_user_model):
    user = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    client.force_login(user)
    draft = ArticleFactory(status=Status.DRAFT)
    assert client.get(preview(draft)).status_code == 404


def test_the_admin_change_form_has_a_preview_button(admin_client):
    draft = ArticleFactory(status=Status.DRAFT)
    response = admin_client.get(admin_url(Article, "change", draft.pk))
    assert f'href="{preview(draft)}"' in response.text
    assert ">Preview</a>" in response.text


def test_the_chinese_preview_banner_is_translated(admin_client):
    draft = ArticleFactory(status=Status.DRAFT)
    url = preview(draft).replace("/en/", "/zh-hans/", 1)
    assert "预览——尚未发布" in admin_client.get(url).text
