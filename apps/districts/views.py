from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import ListView

from apps.core.views import ContentDetailView

from .comparison import comparison_rows
from .forms import CompareForm
from .models import District, Indicator
from .profile import profile_figures
from .sections import comparison_page, district_page


class DistrictListView(ListView):
    model = District
    paginate_by = settings.PORTAL_PAGE_SIZE

    def get_queryset(self):
        return District.objects.for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["crumbs"] = [(_("Districts"), "")]
        return context


class DistrictDetailView(ContentDetailView):
    model = District

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        district = self.object
        context.update(
            industries=list(district.industries.all()),
            **profile_figures(district),
            # parks, organizations, events, agreements, policies (their apps)
            **district_page.build(district),
            crumbs=[
                (_("Districts"), reverse("districts:list")),
                (district.name, ""),
            ],
        )
        return context


def compare(request: HttpRequest) -> HttpResponse:
    """Figures of two to four districts side by side, picked with a GET form."""
    districts = list(District.objects.published())
    form = CompareForm(request.GET or None, districts=districts)
    chosen, rows, sections = [], [], {}
    if form.is_bound and form.is_valid():
        chosen = form.cleaned_data["d"]
        rows = comparison_rows(Indicator.objects.for_districts(chosen), chosen)
        sections = comparison_page.build(chosen)  # costs (costs app)
    context = {
        **sections,
        "form": form,
        "chosen": chosen,
        "rows": rows,
        "crumbs": [
            (_("Districts"), reverse("districts:list")),
            (_("Compare districts"), ""),
        ],
    }
    return render(request, "districts/district_compare.html", context)
