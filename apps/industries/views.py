from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from apps.core.cache import PublicCacheMixin
from apps.districts.models import Industry
from apps.districts.sections import industry_page


class IndustryListView(PublicCacheMixin, ListView):
    """Every sector of the taxonomy, each linking to its page."""

    model = Industry
    template_name = "industries/industry_list.html"
    context_object_name = "industries"

    def get_queryset(self):
        return Industry.objects.for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["crumbs"] = [(_("Industries"), "")]
        return context


class IndustryDetailView(PublicCacheMixin, DetailView):
    """One sector: what each app holds for it (the `industry_page` sections)."""

    model = Industry
    template_name = "industries/industry_detail.html"
    context_object_name = "industry"

    def get_queryset(self):
        return Industry.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        industry = self.object
        # figures, districts, parks, organizations, policies, events, agreements,
        # opportunities, contacts … (each supplying app's sections.py)
        sections = industry_page.build(industry)
        context.update(
            **sections,
            sector_empty=not any(sections.values()),
            crumbs=[(_("Industries"), reverse("industries:list")), (industry.name, "")],
        )
        return context
