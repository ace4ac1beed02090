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
        registry.register_section("news", "news:list", _("News"), menu=100, sitemap=70)
        registry.sitemaps.register("news", ArticleSitemap)
        search.register(
            search.SearchType(
                key="news",
                label=_("News"),
                model=Article,
                name_field="title",
                order=70,
            )
        )
