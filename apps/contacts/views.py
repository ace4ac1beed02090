from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from apps.core.views import ContentListView, CrumbsMixin

from .filters import ContactPersonFilter
from .models import ContactPerson


class ContactPersonListView(CrumbsMixin, ContentListView):
    """Every published contact person, narrowed by district, park or sector."""

    model = ContactPerson
    filterset_class = ContactPersonFilter
    template_name = "contacts/contactperson_list.html"
    list_label = _("Contacts")

    def get_queryset(self):
        return ContactPerson.objects.for_cards()
