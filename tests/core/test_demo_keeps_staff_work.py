"""`load_demo` creates the demo rows that are missing and never undoes staff work:
a row a user edited keeps the edit, a row a user deleted stays deleted."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from apps.core.models import Status
from apps.news.demo import CHANGPING_ARTICLE, DAXING_ARTICLE
from apps.news.models import Article
from apps.parks.models import Park
from tests.core.admin_forms import admin_url

pytestmark = pytest.mark.django_db


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


def test_load_demo_twice_after_a_staff_edit_leaves_the_edit(admin_user):
    load_demo()
    article = Article.objects.get(slug=DAXING_ARTICLE)
    article.title_en = "Corrected by the editor"
    article.status = Status.DRAFT
    article._history_user = admin_user  # as the admin's middleware records it
    article.save()
    load_demo()
    load_demo()
    article.refresh_from_db()
    assert article.title_en == "Corrected by the editor"
    assert article.status == Status.DRAFT


def test_a_demo_row_staff_deleted_in_the_admin_stays_deleted(admin_client):
    load_demo()
    article = Article.objects.get(slug=CHANGPING_ARTICLE)
    response = admin_client.post(
        admin_url(Article, "delete", article.pk), {"post": "yes"}
    )
    assert response.status_code == 302
    load_demo()
    load_demo()
    assert not Article.objects.filter(slug=CHANGPING_ARTICLE).exists()
    assert Article.objects.filter(slug=DAXING_ARTICLE).exists()


def test_a_deleted_park_stays_deleted_and_the_rest_still_loads(admin_client):
    load_demo()
    park = Park.objects.order_by("pk").first()
    response = admin_client.post(admin_url(Park, "delete", park.pk), {"post": "yes"})
    assert response.status_code == 302
    Article.objects.filter(slug=DAXING_ARTICLE).delete()  # not by staff: comes back
    load_demo()
    assert not Park.objects.filter(slug=park.slug).exists()
    assert Article.objects.filter(slug=DAXING_ARTICLE).exists()


def test_the_seeded_subheadings_and_bullets_are_real_headings_and_lists():
    load_demo()
    body = Article.objects.get(slug=CHANGPING_ARTICLE).body_en
    assert "<h2>A Gala of Collaboration and Exchange</h2>" in body
    assert "<h3>Changping's Unique Advantages</h3>" in body
    assert "<ul><li><strong>Innovation Hub:</strong> Home to over 10" in body
    assert "•" not in body
    daxing = Article.objects.get(slug=DAXING_ARTICLE).body_en
    assert (
        "<h2>Strengthening Collaboration to Build a Service Support System</h2>"
        in daxing
    )
