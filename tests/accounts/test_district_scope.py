"""A district editor lists, opens, edits and deletes only their districts' content."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission

from apps.accounts import roles
from apps.core.models import Status
from apps.core.sanitize import html_to_text
from apps.districts.models import District
from apps.inquiries.models import Inquiry
from apps.news.models import Article
from apps.parks.models import Park
from apps.policies.models import Policy
from tests.core.admin_forms import admin_url
from tests.factories.agreements import AgreementFactory
from tests.factories.events import EventFactory
from tests.factories.inquiries import InquiryFactory
from tests.factories.news import ArticleFactory
from tests.factories.organizations import OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import PolicyFactory

from .conftest import form_data, make_staff

pytestmark = pytest.mark.django_db


def _with_districts(factory):
    def build(district, **kwargs):
        obj = factory(**kwargs)
        obj.districts.set([district])
        return obj

    return build


# model label -> (builder taking a district, the field a test edits)
CASES = {
    "districts.district": (lambda district: district, "summary_en"),
    "parks.park": (lambda d: ParkFactory(district=d), "summary_en"),
    "organizations.organization": (
        lambda d: OrganizationFactory(district=d),
        "description_en",
    ),
    "events.event": (lambda d: EventFactory(district=d), "summary_en"),
    "agreements.agreement": (lambda d: AgreementFactory(district=d), "summary_en"),
    "policies.policy": (_with_districts(PolicyFactory), "summary_en"),
    "news.article": (_with_districts(ArticleFactory), "summary_en"),
    "inquiries.inquiry": (lambda d: InquiryFactory(district=d), None),
}
LABELS = list(CASES)


def _model(label):
    from django.apps import apps

    return apps.get_model(label)


@pytest.mark.parametrize("label", LABELS)
def test_changelist_lists_only_own_district_content(
    editor_client, own_district, other_district, label
):
    build, _field = CASES[label]
    own, foreign = build(own_district), build(other_district)
    response = editor_client.get(admin_url(_model(label), "changelist"))
    assert response.status_code == 200
    shown = {obj.pk for obj in response.context["cl"].result_list}
    assert own.pk in shown
    assert foreign.pk not in shown


@pytest.mark.parametrize("label", LABELS)
def test_own_district_object_opens_and_another_districts_is_refused(
    editor_client, own_district, other_district, label
):
    build, _field = CASES[label]
    model = _model(label)
    own, foreign = build(own_district), build(other_district)
    assert editor_client.get(admin_url(model, "change", own.pk)).status_code == 200
    assert editor_client.get(admin_url(model, "change", foreign.pk)).status_code in {
        403,
        404,
    }
    if hasattr(model, "history"):
        response = editor_client.get(admin_url(model, "history", foreign.pk))
        assert response.status_code in {403, 404}


@pytest.mark.parametrize("label", [label for label in LABELS if CASES[label][1]])
def test_editor_saves_own_content_but_not_another_districts(
    editor_client, own_district, other_district, label
):
    build, field = CASES[label]
    model = _model(label)
    own, foreign = build(own_district), build(other_district)

    url = admin_url(model, "change", own.pk)
    data = form_data(editor_client.get(url).text)
    data[field] = "Edited by the district editor."
    response = editor_client.post(url, {**data, "_save": "Save"})
    assert response.status_code == 302, response.context["adminform"].form.errors
    own.refresh_from_db()
    # A rich-text field stores the text as HTML (a paragraph).
    assert html_to_text(getattr(own, field)) == "Edited by the district editor."

    response = editor_client.post(
        admin_url(model, "change", foreign.pk), {**data, "_save": "Save"}
    )
    assert response.status_code in {403, 404}
    foreign.refresh_from_db()
    assert getattr(foreign, field) != "Edited by the district editor."


@pytest.mark.parametrize(
    "label", [label for label in LABELS if label not in {"districts.district"}]
)
def test_editor_cannot_delete_another_districts_object(
    editor_client, own_district, other_district, label
):
    build, _field = CASES[label]
    model = _model(label)
    foreign = build(other_district)
    response = editor_client.post(
        admin_url(model, "delete", foreign.pk), {"post": "yes"}
    )
    assert response.status_code in {403, 404}
    assert model.objects.filter(pk=foreign.pk).exists()


@pytest.mark.parametrize(
    "label",
    [
        "parks.park",
        "organizations.organization",
        "events.event",
        "agreements.agreement",
        "policies.policy",
        "news.article",
    ],
)
def test_editor_deletes_own_district_content(editor_client, own_district, label):
    build, _field = CASES[label]
    model = _model(label)
    own = build(own_district)
    response = editor_client.post(admin_url(model, "delete", own.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not model.objects.filter(pk=own.pk).exists()


def test_editor_may_neither_add_nor_delete_a_district(editor_client, own_district):
    assert editor_client.get(admin_url(District, "add")).status_code == 403
    response = editor_client.post(
        admin_url(District, "delete", own_district.pk), {"post": "yes"}
    )
    assert response.status_code == 403
    assert District.objects.filter(pk=own_district.pk).exists()


@pytest.mark.parametrize(
    ("model", "field"),
    [
        (Park, "district"),
        (_model("organizations.organization"), "district"),
        (_model("events.event"), "district"),
        (_model("agreements.agreement"), "district"),
        (Policy, "districts"),
        (Article, "districts"),
    ],
)
def test_district_choices_offer_only_own_districts(
    editor_client, own_district, other_district, model, field
):
    response = editor_client.get(admin_url(model, "add"))
    assert response.status_code == 200
    choices = response.context["adminform"].form.fields[field].queryset
    assert list(choices) == [own_district]


def test_inquiry_district_choices_offer_only_own_districts(
    editor_client, own_district, other_district
):
    inquiry = InquiryFactory(district=own_district)
    response = editor_client.get(admin_url(Inquiry, "change", inquiry.pk))
    choices = response.context["adminform"].form.fields["district"].queryset
    assert list(choices) == [own_district]


def test_district_autocomplete_offers_only_own_districts(
    editor_client, own_district, other_district
):
    response = editor_client.get(
        "/admin/autocomplete/",
        {"app_label": "parks", "model_name": "park", "field_name": "district"},
    )
    assert response.status_code == 200
    ids = {int(row["id"]) for row in response.json()["results"]}
    assert ids == {own_district.pk}


def test_a_park_cannot_be_moved_into_another_district(
    editor_client, own_district, other_district
):
    park = ParkFactory(district=own_district)
    url = admin_url(Park, "change", park.pk)
    data = form_data(editor_client.get(url).text)
    data["district"] = str(other_district.pk)
    response = editor_client.post(url, {**data, "_save": "Save"})
    assert response.status_code == 200
    assert "district" in response.context["adminform"].form.errors
    park.refresh_from_db()
    assert park.district == own_district


def test_item_of_several_districts_is_editable_only_when_all_are_theirs(
    editor_client, own_district, other_district
):
    shared = PolicyFactory()
    shared.districts.set([own_district, other_district])
    citywide = PolicyFactory()
    response = editor_client.get(admin_url(Policy, "changelist"))
    shown = {obj.pk for obj in response.context["cl"].result_list}
    assert shared.pk not in shown
    assert citywide.pk not in shown
    assert editor_client.get(admin_url(Policy, "change", shared.pk)).status_code == 403


def test_publish_action_skips_another_districts_items(
    editor_client, own_district, other_district
):
    own = ParkFactory(district=own_district, status=Status.DRAFT)
    foreign = ParkFactory(district=other_district, status=Status.DRAFT)
    editor_client.post(
        admin_url(Park, "changelist"),
        {"action": "publish_selected", "_selected_action": [own.pk, foreign.pk]},
    )
    own.refresh_from_db()
    foreign.refresh_from_db()
    assert own.status == Status.PUBLISHED
    assert foreign.status == Status.DRAFT


def test_admin_index_counts_only_own_inquiries(
    editor_client, own_district, other_district
):
    InquiryFactory(district=own_district)
    InquiryFactory.create_batch(3, district=other_district)
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    assert "1 new inquiry waiting" in response.text


def test_district_editor_cannot_grant_themselves_more(editor_client, district_editor):
    url = f"/admin/auth/user/{district_editor.pk}/change/"
    assert editor_client.get(url).status_code == 403
    response = editor_client.post(
        url,
        {
            "username": district_editor.username,
            "is_superuser": "on",
            "is_staff": "on",
            "is_active": "on",
            "groups": [Group.objects.get(name=roles.PORTAL_ADMINISTRATORS).pk],
        },
    )
    assert response.status_code == 403
    district_editor.refresh_from_db()
    assert not district_editor.is_superuser
    assert list(district_editor.groups.values_list("name", flat=True)) == [
        roles.DISTRICT_EDITORS
    ]
    assert editor_client.get("/admin/auth/group/").status_code == 403
    assert editor_client.get("/admin/accounts/staffprofile/").status_code == 404


def test_content_editor_sees_every_district_but_no_users(
    client, own_district, other_district
):
    editor = make_staff("content-editor", roles.CONTENT_EDITORS)
    client.force_login(editor)
    own, foreign = (
        ParkFactory(district=own_district),
        ParkFactory(district=other_district),
    )
    response = client.get(admin_url(Park, "changelist"))
    shown = {obj.pk for obj in response.context["cl"].result_list}
    assert {own.pk, foreign.pk} <= shown
    assert client.get("/admin/auth/user/").status_code == 403
    assert client.get(admin_url(Inquiry, "changelist")).status_code == 403


def test_inquiry_handler_sees_inquiries_only(client, own_district, other_district):
    handler = make_staff("handler", roles.INQUIRY_HANDLERS)
    client.force_login(handler)
    InquiryFactory(district=own_district)
    InquiryFactory(district=other_district)
    response = client.get(admin_url(Inquiry, "changelist"))
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == 2
    assert client.get(admin_url(Park, "changelist")).status_code == 403


def test_roles_hold_the_documented_permissions():
    def codenames(name):
        return set(
            Group.objects.get(name=name).permissions.values_list(
                "content_type__app_label", flat=True
            )
        )

    assert codenames(roles.PORTAL_ADMINISTRATORS) >= {"auth", "parks", "inquiries"}
    assert "auth" not in codenames(roles.CONTENT_EDITORS)
    assert "inquiries" not in codenames(roles.CONTENT_EDITORS)
    assert codenames(roles.INQUIRY_HANDLERS) == {"inquiries"}
    district = Group.objects.get(name=roles.DISTRICT_EDITORS).permissions
    assert not district.filter(content_type__app_label__in=["auth", "accounts"])
    assert not district.filter(codename__in=["add_district", "delete_district"])
    assert Permission.objects.filter(codename="change_park").exists()


def test_scoped_changelist_costs_the_same_queries_for_more_parks(
    editor_client, own_district, other_district, django_assert_num_queries
):
    url = admin_url(Park, "changelist")
    ParkFactory.create_batch(2, district=own_district)
    ParkFactory(district=other_district)
    editor_client.get(url)  # warms the site settings cache
    with django_assert_num_queries(11):
        editor_client.get(url)
    ParkFactory.create_batch(8, district=own_district)
    ParkFactory.create_batch(5, district=other_district)
    with django_assert_num_queries(11):
        response = editor_client.get(url)
    assert len(response.context["cl"].result_list) == 10


def test_administrator_sets_a_staff_members_districts_on_the_user_page(
    admin_client, district_editor, other_district
):
    url = f"/admin/auth/user/{district_editor.pk}/change/"
    response = admin_client.get(url)
    assert response.status_code == 200
    data = form_data(response.text)
    data["staff_profile-0-districts"] = [str(other_district.pk)]
    response = admin_client.post(url, {**data, "_save": "Save"})
    assert response.status_code == 302
    assert list(district_editor.staff_profile.districts.all()) == [other_district]


def test_district_editor_without_districts_sees_no_content(client, own_district):
    lonely = make_staff("lonely", roles.DISTRICT_EDITORS)
    client.force_login(lonely)
    ParkFactory(district=own_district)
    response = client.get(admin_url(Park, "changelist"))
    assert list(response.context["cl"].result_list) == []


@pytest.mark.parametrize("label", LABELS)
def test_sidebar_district_filter_offers_only_own_districts(
    editor_client, own_district, other_district, label
):
    build, _field = CASES[label]
    build(own_district), build(other_district)
    response = editor_client.get(admin_url(_model(label), "changelist"))
    district_filters = [
        spec
        for spec in response.context["cl"].filter_specs
        if getattr(spec, "lookup_kwarg", "").split("__")[0]
        in {"district", "districts", "pk"}
    ]
    offered = {
        choice["display"]
        for spec in district_filters
        for choice in spec.choices(response.context["cl"])
    }
    assert str(other_district) not in offered
    sidebar = response.text.split('id="changelist-filter"')[-1]
    assert other_district.name_en not in sidebar
    if district_filters:
        assert str(own_district) in offered
