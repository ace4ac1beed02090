from __future__ import annotations

import io

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from apps.core.models import Publishable, SiteSettings, Status
from apps.districts.models import District
from apps.inquiries.models import OutboxKind, OutboxMessage
from apps.news.models import Article
from apps.parks.models import Park
from tests.core.admin_forms import admin_url, form_errors, publishing_data
from tests.factories.agreements import AgreementPartyFactory
from tests.factories.contacts import ContactPersonFactory
from tests.factories.costs import CostItemFactory
from tests.factories.districts import (
    DistrictFactory,
    IndicatorFactory,
    IndustryFactory,
    MetricFactory,
)
from tests.factories.events import EventFactory, SessionFactory, SpeakerFactory
from tests.factories.guides import GuideFactory, GuideStepFactory
from tests.factories.inquiries import InquiryFactory, ReplyTemplateFactory
from tests.factories.news import ArticleFactory
from tests.factories.opportunities import OpportunityFactory
from tests.factories.organizations import DesignationFactory, OrganizationFactory
from tests.factories.parks import ParkFactory
from tests.factories.policies import (
    MeasureCategoryFactory,
    MeasureEligibilityFactory,
    MeasureFactory,
    PolicyFactory,
)
from tests.factories.stories import StoryFactory

pytestmark = pytest.mark.django_db


def _district():
    district = DistrictFactory()
    IndicatorFactory(district=district)
    return district


def _event():
    event = EventFactory()
    session = SessionFactory(event=event)
    SpeakerFactory(event=event, session=session, organization=OrganizationFactory())
    return event


def _organization():
    return DesignationFactory().organization


def _agreement():
    return AgreementPartyFactory().agreement


def _policy():
    return MeasureFactory(category=MeasureCategoryFactory()).policy


def _site_settings():
    settings = SiteSettings(office_name="Office")
    settings.save()
    return settings


# One object (with its inline rows) for the change page of every registered admin.
def _axes(model_name: str):
    def build():
        from django.apps import apps

        fields = {
            "user_agent": "Firefox",
            "ip_address": "203.0.113.7",
            "username": "editor",
            "http_accept": "text/html",
            "path_info": "/admin/login/",
        }
        if model_name == "accessattempt":
            fields |= {"get_data": "", "post_data": "", "failures_since_start": 1}
        return apps.get_model("axes", model_name).objects.create(**fields)

    return build


OBJECTS = {
    "axes.accessattempt": _axes("accessattempt"),
    "axes.accessfailurelog": _axes("accessfailurelog"),
    "axes.accesslog": _axes("accesslog"),
    "auth.user": lambda: User.objects.create_user("editor"),
    "auth.group": lambda: Group.objects.create(name="Editors"),
    "core.sitesettings": _site_settings,
    "districts.industry": IndustryFactory,
    "districts.metric": MetricFactory,
    "districts.district": _district,
    "districts.indicator": IndicatorFactory,
    "parks.park": ParkFactory,
    "organizations.organization": _organization,
    "events.event": _event,
    "agreements.agreement": _agreement,
    "policies.policy": _policy,
    "policies.measurecategory": MeasureCategoryFactory,
    "news.article": ArticleFactory,
    "opportunities.opportunity": OpportunityFactory,
    "contacts.contactperson": ContactPersonFactory,
    "costs.costitem": CostItemFactory,
    "guides.guide": GuideFactory,
    "guides.guidestep": GuideStepFactory,
    "stories.story": StoryFactory,
    "policies.measureeligibility": MeasureEligibilityFactory,
    "inquiries.inquiry": InquiryFactory,
    "inquiries.outboxmessage": lambda: OutboxMessage.objects.create(
        inquiry=InquiryFactory(),
        kind=OutboxKind.ACKNOWLEDGEMENT,
        to="sender@example.com",
        subject="We received your inquiry",
        body="Thank you.",
        language="en",
    ),
    "inquiries.replytemplate": ReplyTemplateFactory,
}

REGISTERED = sorted(admin.site._registry, key=lambda model: model._meta.label_lower)
LABELS = [model._meta.label_lower for model in REGISTERED]
CONTENT = [model for model in REGISTERED if issubclass(model, Publishable)]


def test_every_content_model_of_the_portal_has_an_admin():
    for label in [
        "districts.district",
        "districts.industry",
        "districts.metric",
        "parks.park",
        "organizations.organization",
        "events.event",
        "agreements.agreement",
        "policies.policy",
        "policies.measurecategory",
        "news.article",
    ]:
        assert label in LABELS


@pytest.mark.parametrize("model", REGISTERED, ids=LABELS)
def test_admin_list_add_and_change_pages_open(admin_client, model):
    factory = OBJECTS.get(model._meta.label_lower)
    if factory is None:
        pytest.skip(f"no test object for {model._meta.label_lower} in OBJECTS")
    obj = factory()

    assert admin_client.get(admin_url(model, "changelist")).status_code == 200
    if admin.site._registry[model].has_add_permission(_request(admin_client)):
        assert admin_client.get(admin_url(model, "add")).status_code == 200
    response = admin_client.get(admin_url(model, "change", obj.pk))
    assert response.status_code == 200
    assert str(obj) in response.text


def _request(client):
    from django.test import RequestFactory

    request = RequestFactory().get("/admin/")
    request.user = User.objects.get(username="admin")
    return request


@pytest.mark.parametrize("model", CONTENT, ids=[m._meta.label_lower for m in CONTENT])
def test_changelist_search_finds_by_chinese_name(admin_client, model):
    obj = OBJECTS[model._meta.label_lower]()
    obj.refresh_from_db()
    chinese = (
        getattr(obj, "name_zh_hans", None)
        or getattr(obj, "title_zh_hans", None)
        or obj.label_zh_hans
    )
    other = OBJECTS[model._meta.label_lower]()

    response = admin_client.get(admin_url(model, "changelist"), {"q": chinese})

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [obj]
    assert other not in response.context["cl"].result_list


def test_publish_and_unpublish_actions_change_the_status(admin_client):
    drafts = ParkFactory.create_batch(2, status=Status.DRAFT)
    untouched = ParkFactory(status=Status.DRAFT)
    url = admin_url(Park, "changelist")

    response = admin_client.post(
        url,
        {"action": "publish_selected", "_selected_action": [p.pk for p in drafts]},
        follow=True,
    )

    assert response.status_code == 200
    assert "2 items published" in response.text
    assert set(Park.objects.filter(status=Status.PUBLISHED)) == set(drafts)
    assert all(
        park.is_live for park in Park.objects.filter(pk__in=[p.pk for p in drafts])
    )
    untouched.refresh_from_db()
    assert untouched.status == Status.DRAFT
    record = drafts[0].history.latest()
    assert (record.history_change_reason, record.history_user.username) == (
        "Published",
        "admin",
    )

    admin_client.post(
        url, {"action": "unpublish_selected", "_selected_action": [drafts[0].pk]}
    )

    assert Park.objects.get(pk=drafts[0].pk).status == Status.DRAFT
    assert Park.objects.get(pk=drafts[1].pk).status == Status.PUBLISHED


def test_changelist_shows_whether_an_item_is_live(admin_client):
    ArticleFactory(title_en="Live article")
    ArticleFactory(title_en="Draft article", status=Status.DRAFT)

    response = admin_client.get(admin_url(Article, "changelist"))

    rows = {
        str(item): admin.site._registry[Article].live(item)
        for item in response.context["cl"].result_list
    }
    assert rows == {"Live article": True, "Draft article": False}
    assert 'alt="True"' in response.text
    assert 'alt="False"' in response.text


def test_history_page_shows_a_change_made_through_admin(admin_client):
    industry = IndustryFactory()
    district = DistrictFactory(name_en="Daxing", status=Status.DRAFT)
    url = admin_url(District, "change", district.pk)

    response = admin_client.post(
        url,
        {
            **publishing_data(Status.PUBLISHED),
            "name_en": "Daxing District",
            "name_zh_hans": "大兴区",
            "slug": district.slug,
            "industries": [industry.pk],
            "order": "0",
            "indicators-TOTAL_FORMS": "0",
            "indicators-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, form_errors(response)

    history = admin_client.get(admin_url(District, "history", district.pk))

    assert history.status_code == 200
    assert "Daxing District" in history.text
    assert ">admin</a>" in history.text  # who made the change
    assert "<strong>Name [en]:</strong>" in history.text  # what changed
    record = district.history.latest()
    assert record.history_user.username == "admin"
    assert record.name_en == "Daxing District"
    assert record.status == Status.PUBLISHED


def _png(name="park.png", size=(300, 200)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, (20, 120, 200)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_thumbnail_column_shows_the_image_uploaded_through_admin(admin_client):
    district = DistrictFactory()

    response = admin_client.post(
        admin_url(Park, "add"),
        {
            **publishing_data(),
            "name_en": "Daxing Biomedical Industry Base",
            "name_zh_hans": "大兴生物医药产业基地",
            "slug": "daxing-biomedical-base",
            "district": district.pk,
            "kind": "industrial_base",
            "image": _png(),
            "images-TOTAL_FORMS": "0",
            "images-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, form_errors(response)
    park = Park.objects.get(slug="daxing-biomedical-base")
    assert park.image

    changelist = admin_client.get(admin_url(Park, "changelist"))

    assert '<img src="/media/parks/park.png.120x80' in changelist.text


def test_thumbnail_column_is_empty_without_an_image(admin_client):
    ParkFactory()

    response = admin_client.get(admin_url(Park, "changelist"))

    assert response.status_code == 200
    assert '<img src="/media/' not in response.text


def test_thumbnail_column_never_generates_a_thumbnail_on_a_page_request(
    admin_client, settings
):
    # An image stored without the save signal (e.g. copied in): no thumbnail yet.
    park = ParkFactory()
    Park.objects.filter(pk=park.pk).update(image="parks/missing.png")

    response = admin_client.get(admin_url(Park, "changelist"))

    assert response.status_code == 200
    assert '<img src="/media/' not in response.text
    assert not (settings.MEDIA_ROOT / "parks").exists()


def test_dashboard_counts_drafts_per_content_type(admin_client):
    DistrictFactory.create_batch(2, status=Status.DRAFT)
    DistrictFactory()
    ArticleFactory(status=Status.DRAFT)

    response = admin_client.get(reverse("admin:index"))

    drafts = {str(row["name"]): row["drafts"] for row in response.context["drafts"]}
    assert drafts["districts"] == 2
    assert drafts["articles"] == 1
    assert drafts["parks"] == 0
    assert f'href="{admin_url(District, "changelist")}?status__exact=draft">2<' in (
        response.text
    )


def test_dashboard_shows_the_number_of_new_inquiries(admin_client):
    InquiryFactory.create_batch(2)
    InquiryFactory(status="closed")

    response = admin_client.get(reverse("admin:index"))

    assert "2 new inquiries waiting" in response.text
    assert "/admin/inquiries/inquiry/?status__exact=new" in response.text


def _dashboard_data(size: int):
    for factory in (DistrictFactory, ParkFactory, ArticleFactory, PolicyFactory):
        factory.create_batch(size, status=Status.DRAFT)


@pytest.mark.parametrize("size", [1, 5])
def test_dashboard_costs_one_query_per_content_type(
    admin_client, django_assert_num_queries, size
):
    _dashboard_data(size)
    admin_client.get(reverse("admin:index"))  # session and user loaded once

    # Session, user, recent actions, one aggregate per content type (7), the
    # count of new inquiries and the inquiry figures per district (none yet).
    with django_assert_num_queries(3 + len(CONTENT) + 2):
        response = admin_client.get(reverse("admin:index"))

    assert response.status_code == 200


def test_english_and_chinese_fields_are_edited_side_by_side(admin_client):
    district = DistrictFactory()

    response = admin_client.get(admin_url(District, "change", district.pk))

    fieldsets = response.context["adminform"].fieldsets
    fields = [line for _name, options in fieldsets for line in options["fields"]]
    assert ("name_en", "name_zh_hans") in fields
    assert ("summary_en", "summary_zh_hans") in fields
    assert fieldsets[0][1]["fields"] == [("status", "published_at")]
    assert 'class="form-row field-name_en field-name_zh_hans"' in response.text


def test_view_on_site_links_to_the_public_page_when_it_exists(admin_client):
    from django.urls import NoReverseMatch

    district = DistrictFactory()
    response = admin_client.get(admin_url(District, "change", district.pk))
    assert response.status_code == 200
    try:
        public = district.get_absolute_url()
    except NoReverseMatch:
        assert "View on site" not in response.text
    else:
        assert f'href="{public}"' in response.text


def test_site_settings_can_be_added_only_once(admin_client):
    assert admin_client.get(admin_url(SiteSettings, "add")).status_code == 200

    _site_settings()

    assert admin_client.get(admin_url(SiteSettings, "add")).status_code == 403


def test_admin_pages_have_the_portals_icon(client):
    text = client.get("/admin/login/").text
    assert 'rel="icon"' in text
    assert "img/favicon" in text
