from django.urls import path

from . import feeds, views

app_name = "news"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="list"),
    path("feed/", feeds.rss, name="feed"),
    path("feed/atom/", feeds.atom, name="atom"),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
]
