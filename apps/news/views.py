from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from apps.core.views import ContentDetailView, ContentListView, CrumbsMixin

from .filters import ArticleFilter
from .models import Article


class NewsPages(CrumbsMixin):
    model = Article
    list_label = _("News")
    list_url_name = "news:list"


class ArticleListView(NewsPages, ContentListView):
    filterset_class = ArticleFilter
    template_name = "news/article_list.html"

    def get_queryset(self):
        return Article.objects.for_listing()


class ArticleDetailView(NewsPages, ContentDetailView):
    template_name = "news/article_detail.html"

    def get_queryset(self):
        return Article.objects.for_detail()
