from __future__ import annotations

from django.utils.translation import gettext_lazy

from apps.core.views import ContentListView, CrumbsMixin

from .filters import CostItemFilter
from .models import CostItem
from .tables import cost_groups

# Every matching row on one page: a cost table is read whole, and the filters
# (a district, a category, a year) keep it short.
COSTS_PER_PAGE = 200


class CostItemListView(CrumbsMixin, ContentListView):
    """Costs of doing business across districts, as tables by district."""

    model = CostItem
    filterset_class = CostItemFilter
    template_name = "costs/costitem_list.html"
    paginate_by = COSTS_PER_PAGE
    list_label = gettext_lazy("Costs of doing business")
    list_url_name = "costs:list"

    def get_queryset(self):
        return CostItem.objects.for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        by_district: dict = {}
        for item in context["object_list"]:
            by_district.setdefault(item.district, []).append(item)
        context["districts"] = [
            (district, cost_groups(items)) for district, items in by_district.items()
        ]
        return context
