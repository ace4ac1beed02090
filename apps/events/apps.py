from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "apps.events"
    verbose_name = _("Events")

    def ready(self) -> None:
        from apps.accounts import roles
        from apps.core import registry
        from apps.search import registry as search

        from . import sections  # noqa: F401  (registers what it adds to other pages)
        from .models import Event
        from .sitemaps import EventSitemap

        registry.register_content_app(self.label)
        roles.grant(
            roles.DISTRICT_EDITOR_PERMISSIONS,
            {
                "events.event": roles.ALL,
                "events.session": roles.ALL,
                "events.speaker": roles.ALL,
            },
        )
        registry.register_section(
            "events", "events:list", _("Events"), menu=70, sitemap=40
        )
        registry.sitemaps.register("events", EventSitemap)
        search.register(
            search.SearchType(
                key="events",
                label=_("Events"),
                model=Event,
                name_field="title",
                order=40,
            )
        )
