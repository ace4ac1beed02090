from __future__ import annotations

from django.utils.translation import gettext_lazy

from apps.core.views import ContentDetailView, ContentListView, CrumbsMixin

from .filters import GuideFilter
from .models import Guide


class GuidePages(CrumbsMixin):
    model = Guide
    list_label = gettext_lazy("Guides")
    list_url_name = "guides:list"


class GuideListView(GuidePages, ContentListView):
    filterset_class = GuideFilter
    template_name = "guides/guide_list.html"

    def get_queryset(self):
        return Guide.objects.for_listing()


class GuideDetailView(GuidePages, ContentDetailView):
    template_name = "guides/guide_detail.html"

    def get_queryset(self):
        return Guide.objects.for_detail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        guide = self.object
        context.update(
            steps=list(guide.steps.all()),
            districts=[d for d in guide.districts.all() if d.is_live],
            parks=[p for p in guide.parks.all() if p.is_live],
            industries=list(guide.industries.all()),
            policies=[p for p in guide.policies.all() if p.is_live],
        )
        return context
