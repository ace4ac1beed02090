"""Hostile input never gives a 500: random and malicious query strings on every
public list, filter, search and pagination parameter, and hostile posts of the
inquiry form. Hypothesis draws the values (profile in conftest.py)."""

from __future__ import annotations

import pytest
from django.urls import NoReverseMatch, Resolver404, resolve
from hypothesis import given
from hypothesis import strategies as st

from apps.inquiries.models import Inquiry

from .conftest import HOSTILE_VALUES, encode_pairs, hostile_text

LIST_URLS = [
    "/en/",
    "/en/districts/",
    "/en/districts/compare/",
    "/en/parks/",
    "/en/directory/",
    "/en/directory/services/",
    "/en/events/",
    "/en/events/calendar.ics",
    "/en/agreements/",
    "/en/policies/",
    "/en/news/",
    "/en/news/feed/",
    "/en/news/feed/atom/",
    "/en/contact/",
    "/zh-hans/parks/",
    "/sitemap.xml",
]


def _search_url() -> list[str]:
    """The search page is built separately; it is covered once it exists."""
    try:
        resolve("/en/search/")
    except (Resolver404, NoReverseMatch):
        return []
    return ["/en/search/"]


PUBLIC_URLS = LIST_URLS + _search_url()

# Every parameter some list page reads, plus ordering names a client may guess.
KNOWN_KEYS = [
    "page",
    "p",
    "q",
    "kind",
    "district",
    "park",
    "industry",
    "designation",
    "sort",
    "when",
    "month",
    "year",
    "issuer",
    "event",
    "policy",
    "organization",
    "d",
    "o",
    "ordering",
    "order_by",
    "page_size",
    "limit",
    "offset",
    "format",
    "lang",
]

query_pairs = st.lists(
    st.tuples(st.one_of(st.sampled_from(KNOWN_KEYS), hostile_text), hostile_text),
    max_size=6,
)


def _get(client, url: str, pairs) -> int:
    query = encode_pairs(pairs)
    response = client.get(f"{url}?{query}" if query else url)
    return response.status_code


@pytest.mark.parametrize("url", PUBLIC_URLS)
@given(pairs=query_pairs)
def test_random_query_strings_never_give_a_server_error(client, content, url, pairs):
    client.raise_request_exception = False
    status = _get(client, url, pairs)
    assert status < 500, (url, pairs, status)


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_every_known_parameter_survives_every_hostile_value(client, content, url):
    # All known parameters at once carry the same hostile value: one request per
    # value and page keeps this thorough and fast.
    client.raise_request_exception = False
    failures = [
        (value[:40], status)
        for value in HOSTILE_VALUES
        if (status := _get(client, url, [(key, value) for key in KNOWN_KEYS])) >= 500
    ]
    assert failures == []


@pytest.mark.parametrize(
    "url",
    [
        "/admin/news/article/",
        "/admin/inquiries/inquiry/",
        "/admin/organizations/organization/",
        "/admin/inquiries/outboxmessage/",
    ],
)
@given(
    pairs=st.lists(
        st.tuples(
            st.one_of(
                st.sampled_from(["q", "o", "p", "all", "status", "e"]), hostile_text
            ),
            hostile_text,
        ),
        max_size=4,
    )
)
def test_admin_list_search_ordering_and_paging_never_give_a_server_error(
    admin_client, content, url, pairs
):
    admin_client.raise_request_exception = False
    status = _get(admin_client, url, pairs)
    assert status < 500, (url, pairs, status)


FORM_FIELDS = [
    "kind",
    "name",
    "organization",
    "email",
    "phone",
    "country",
    "language",
    "district",
    "industry",
    "park",
    "event",
    "policy",
    "organization_ref",
    "message",
    "consent",
    "website",
    "started",
]

VALID_FORM = {
    "kind": "invest",
    "name": "Anna Schmidt",
    "email": "anna@example.com",
    "language": "en",
    "message": "We plan a production site.",
    "consent": "on",
}


@pytest.fixture
def _open_form(settings):
    settings.PORTAL_INQUIRY_MIN_SECONDS = 0
    settings.PORTAL_INQUIRY_RATE_LIMIT = 0  # no limit: every example is judged


@pytest.mark.usefixtures("_open_form")
@given(
    overrides=st.dictionaries(
        st.sampled_from(FORM_FIELDS), hostile_text, min_size=1, max_size=5
    ),
    extra=st.lists(st.tuples(hostile_text, hostile_text), max_size=3),
)
def test_hostile_inquiry_posts_never_give_a_server_error(
    client, content, overrides, extra
):
    client.raise_request_exception = False
    before = Inquiry.objects.count()
    pairs = list({**VALID_FORM, **overrides}.items()) + extra
    response = client.post(
        "/en/contact/",
        encode_pairs(pairs),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code < 500, (pairs, response.status_code)
    stored = Inquiry.objects.count() - before
    if response.status_code != 302:
        # The form came back with errors (or was refused): nothing is kept.
        assert stored == 0
    else:
        assert stored <= 1


@pytest.mark.usefixtures("_open_form")
@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_a_hostile_value_in_every_form_field_is_answered(client, content, value):
    client.raise_request_exception = False
    failures = []
    for field in FORM_FIELDS:
        pairs = list({**VALID_FORM, field: value}.items())
        response = client.post(
            "/en/contact/",
            encode_pairs(pairs),
            content_type="application/x-www-form-urlencoded",
        )
        if response.status_code >= 500:
            failures.append((field, response.status_code))
    assert failures == []


@pytest.mark.usefixtures("_open_form")
def test_extra_post_fields_cannot_set_protected_columns(client, content):
    response = client.post(
        "/en/contact/",
        {
            **VALID_FORM,
            "status": "closed",
            "is_staff": "on",
            "is_superuser": "on",
            "id": "999999",
            "pk": "999999",
            "created_at": "2000-01-01T00:00:00Z",
            "reference": "INQ-1999-000001",
            "assignee": "1",
            "spam_reason": "",
            "anonymized_at": "2000-01-01",
        },
    )
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.status == "new"
    assert inquiry.pk != 999999
    assert inquiry.created_at.year > 2000
    assert inquiry.reference != "INQ-1999-000001"
    assert inquiry.assignee is None
    assert inquiry.anonymized_at is None


def test_non_utf8_query_string_on_a_list_page_is_answered(client, content):
    client.raise_request_exception = False
    response = client.get("/en/parks/?district=%ff%fe%00&kind=%c0%af")
    assert response.status_code < 500
