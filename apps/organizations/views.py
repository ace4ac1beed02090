from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from apps.core.views import ContentDetailView, ContentListView

from .filters import OrganizationFilter
from .jsonld import organization_json_ld
from .models import Organization, OrganizationKind, ServiceField
from .sections import organization_page


class OrganizationListView(ContentListView):
    """The enterprise directory: companies and service providers."""

    model = Organization
    filterset_class = OrganizationFilter
    template_name = "organizations/organization_list.html"
    context_object_name = "organizations"

    def get_queryset(self):
        return Organization.objects.for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["crumbs"] = [(_("Enterprise directory"), "")]
        return context


class OrganizationDetailView(ContentDetailView):
    """Any published organization, since every organization can be a party."""

    model = Organization
    context_object_name = "organization"
    template_name = "organizations/organization_detail.html"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("district", "park")
            .prefetch_related(
                "industries",
                "designations",
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organization = self.object
        # its events and agreements (events and agreements apps)
        context.update(organization_page.build(organization))
        context["json_ld"] = organization_json_ld(organization, self.request)
        context["crumbs"] = [
            (_("Enterprise directory"), reverse("organizations:list")),
            (organization.name, ""),
        ]
        context["service_field_labels"] = [
            ServiceField(value).label
            for value in organization.service_fields
            if value in ServiceField.values
        ]
        context["is_service_provider"] = (
            organization.kind == OrganizationKind.SERVICE_PROVIDER
            or bool(organization.service_fields)
        )
        return context


# Providers shown per service field; the rest are a link to the directory away.
SERVICES_PER_FIELD = 12


def services(request: HttpRequest) -> HttpResponse:
    """The one-stop service system: providers grouped by the field they serve (the
    first few of each field, with the total and a link to all of them)."""
    top = Organization.objects.top_by_service_field(SERVICES_PER_FIELD)
    context = {
        "groups": [(field, providers) for field, providers, _total in top],
        "totals": {field.value: total for field, _providers, total in top},
        "field_groups": top,
        "crumbs": [(_("Services"), "")],
    }
    return render(request, "organizations/services.html", context)
