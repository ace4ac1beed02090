from __future__ import annotations

from django.utils.translation import gettext_lazy

from apps.core.views import ContentDetailView, ContentListView, CrumbsMixin

from .filters import StoryFilter
from .models import Story


class StoryPages(CrumbsMixin):
    model = Story
    list_label = gettext_lazy("Success stories")
    list_url_name = "stories:list"


class StoryListView(StoryPages, ContentListView):
    filterset_class = StoryFilter
    template_name = "stories/story_list.html"

    def get_queryset(self):
        return Story.objects.for_listing()


class StoryDetailView(StoryPages, ContentDetailView):
    template_name = "stories/story_detail.html"

    def get_queryset(self):
        return Story.objects.for_detail()
