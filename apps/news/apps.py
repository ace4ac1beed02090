from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "apps.news"
    verbose_name = _("News")

    def ready(self) -> None:
        from apps.accounts import roles
        from apps.core import registry
        from apps.search import registry as search

        from .models import Article
        from .sitemaps import ArticleSitemap

        registry.register_content_app(self.label)
        roles.grant(roles.DISTRICT_EDITOR_PERMISSIONS, {"news.article": roles.ALL})
        registry.navigation.register(
            "news", registry.NavEntry("news:list", _("News"), 100)
        )
        registry.pages.register("news", registry.Page("news:list", 70))
        registry.sitemaps.register("news", ArticleSitemap)
        search.register(
            search.SearchType(
                key="news",
                label=_("News"),
                model=Article,
                name_field="title",
                summary_field="summary",
                body_field="body",
                url_name="news:detail",
                order=70,
            )
        )
