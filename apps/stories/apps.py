from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "apps.stories"
    verbose_name = _("Success stories")

    def ready(self) -> None:
        from apps.accounts import roles
        from apps.core import registry
        from apps.search import registry as search

        from . import sections  # noqa: F401  (registers what it adds to other pages)
        from .models import Story
        from .sitemaps import StorySitemap

        registry.register_content_app(self.label)
        roles.grant(
            roles.DISTRICT_EDITOR_PERMISSIONS,
            {"stories.story": roles.ALL, "stories.storyfigure": roles.ALL},
        )
        registry.pages.register("stories", registry.Page("stories:list", 66))
        registry.sitemaps.register("stories", StorySitemap)
        search.register(
            search.SearchType(
                key="stories",
                label=_("Success stories"),
                model=Story,
                name_field="title",
                order=68,
            )
        )
