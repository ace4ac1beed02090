"""One page of every type the public site has, on the demo content plus what the
demo leaves empty (an opportunity, an upcoming event with its agenda, a policy's
measures), made with the factories. The HTML checker (tests/site/test_html_valid.py)
and the phone browser tests (tests/e2e/test_phone_layout.py) read the same list, so
a new page type added here is checked by both."""

from __future__ import annotations

import io

from django.core.management import call_command
from django.utils import translation

from apps.agreements.models import Agreement
from apps.districts.models import District, Industry
from apps.events.models import Event
from apps.guides.models import Guide
from apps.news.models import Article
from apps.organizations.models import Organization
from apps.parks.models import Park
from apps.policies.models import Policy
from tests.factories.events import EventFactory, SessionFactory, SpeakerFactory
from tests.factories.opportunities import OpportunityFactory
from tests.factories.policies import MeasureCategoryFactory, MeasureFactory

LANGUAGES = ("en", "zh-hans")


def load_pages() -> list[tuple[str, str]]:
    """Loads the content and returns (page type, English path) pairs; the Chinese
    page of each is `chinese(path)`."""
    call_command("load_demo", stdout=io.StringIO())
    daxing = District.objects.get(slug="daxing")
    industry = Industry.objects.get(slug="biomedicine")
    policy = Policy.objects.published().order_by("pk").first()
    category = MeasureCategoryFactory(
        name_en="Clinical trials", name_zh_hans="临床试验"
    )
    for number in (1, 2):
        MeasureFactory(
            policy=policy,
            category=category,
            number=number,
            title_en=f"Measure {number}",
            title_zh_hans=f"措施{number}",
        )
    event = EventFactory(
        district=daxing,
        title_en="Upcoming investment forum",
        title_zh_hans="投资推介会",
        venue_en="Conference centre",
        venue_zh_hans="会议中心",
        registration_open=True,
    )
    SessionFactory(event=event, title_en="Main forum", title_zh_hans="主论坛")
    SpeakerFactory(event=event, name_en="A speaker", name_zh_hans="嘉宾")
    opportunity = OpportunityFactory(
        district=daxing,
        promoter=Organization.objects.published().order_by("pk").first(),
        industries=[industry],
    )
    with translation.override("en"):
        first = {
            model: model.objects.published().order_by("pk").first()
            for model in (Park, Organization, Agreement, Article)
        }
        pages = [
            ("home", "/en/"),
            ("district list", "/en/districts/"),
            ("district detail", daxing.get_absolute_url()),
            ("district detail with targets", "/en/districts/changping/"),
            ("comparison", "/en/districts/compare/?d=daxing&d=changping"),
            ("park list", "/en/parks/"),
            ("park detail", first[Park].get_absolute_url()),
            ("directory list", "/en/directory/"),
            ("directory detail", first[Organization].get_absolute_url()),
            ("services", "/en/directory/services/"),
            ("event list", "/en/events/?when=all"),
            ("event detail", event.get_absolute_url()),
            (
                "past event detail",
                Event.objects.exclude(pk=event.pk).first().get_absolute_url(),
            ),
            ("agreement list", "/en/agreements/"),
            ("agreement detail", first[Agreement].get_absolute_url()),
            ("policy list", "/en/policies/"),
            ("policy detail", policy.get_absolute_url()),
            ("news list", "/en/news/"),
            ("news detail", first[Article].get_absolute_url()),
            ("opportunity list", "/en/opportunities/"),
            ("opportunity detail", opportunity.get_absolute_url()),
            ("industry list", "/en/industries/"),
            ("industry detail", industry.get_absolute_url()),
            ("contact list", "/en/contacts/"),
            ("cost list", "/en/costs/"),
            ("guide list", "/en/guides/"),
            (
                "guide detail",
                Guide.objects.published().order_by("pk").first().get_absolute_url(),
            ),
            ("story list", "/en/stories/"),
            ("search", "/en/search/?q=Daxing"),
            ("site finder", "/en/site-finder/?industry=biomedicine&district=daxing"),
            ("policies for me", "/en/policies-for-me/?industry=biomedicine"),
            ("inquiry form", "/en/contact/"),
            ("privacy notice", "/en/contact/privacy/"),
            ("not found", "/en/no-such-page/"),
        ]
    return pages


def chinese(path: str) -> str:
    """The Chinese page of an English path (the URLs differ by prefix only)."""
    return "/zh-hans/" + path.removeprefix("/en/")
