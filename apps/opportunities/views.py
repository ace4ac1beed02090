from __future__ import annotations

from django.utils.translation import gettext_lazy

from apps.core.views import ContentDetailView, ContentListView, CrumbsMixin

from .filters import OpportunityFilter
from .models import Opportunity


class OpportunityPages(CrumbsMixin):
    model = Opportunity
    list_label = gettext_lazy("Investment opportunities")
    list_url_name = "opportunities:list"


class OpportunityListView(OpportunityPages, ContentListView):
    filterset_class = OpportunityFilter
    template_name = "opportunities/opportunity_list.html"

    def get_queryset(self):
        return Opportunity.objects.for_listing()


class OpportunityDetailView(OpportunityPages, ContentDetailView):
    template_name = "opportunities/opportunity_detail.html"

    def get_queryset(self):
        return Opportunity.objects.for_detail()
