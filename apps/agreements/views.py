from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from apps.core.views import ContentDetailView, ContentListView, CrumbsMixin

from .filters import AgreementFilter
from .models import Agreement


class AgreementPages(CrumbsMixin):
    model = Agreement
    list_label = _("Agreements")
    list_url_name = "agreements:list"


class AgreementListView(AgreementPages, ContentListView):
    filterset_class = AgreementFilter
    template_name = "agreements/agreement_list.html"

    def get_queryset(self):
        return Agreement.objects.for_cards()


class AgreementDetailView(AgreementPages, ContentDetailView):
    template_name = "agreements/agreement_detail.html"

    def get_queryset(self):
        return Agreement.objects.for_detail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        parties = list(self.object.parties.all())
        context["parties"] = parties
        context["named_party_count"] = len(parties)
        context["total_party_count"] = max(self.object.party_count or 0, len(parties))
        return context
