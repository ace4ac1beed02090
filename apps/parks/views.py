from __future__ import annotations

from django.conf import settings
from django.db.models import Count, Window
from django.urls import reverse
from django.utils.translation import gettext as _

from apps.core.views import ContentDetailView, ContentListView
from apps.enterprises.models import Organization

from .filters import ParkFilter
from .models import Park


class ParkListView(ContentListView):
    model = Park
    filterset_class = ParkFilter
    template_name = "parks/park_list.html"

    def get_queryset(self):
        return Park.objects.for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["crumbs"] = [(_("Parks"), "")]
        return context


# Organizations listed on a park's page.
PARK_ORGANIZATIONS = 24


class ParkDetailView(ContentDetailView):
    model = Park

    def get_queryset(self):
        return super().get_queryset().select_related("district")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        park = self.object
        district = park.district
        # The first few, featured first, and how many there are in all (one query):
        # a park may hold hundreds; the rest are a link to the directory away.
        organizations = list(
            Organization.objects.in_directory()
            .filter(park=park)
            .annotate(park_total=Window(Count("pk")))
            .order_by("-featured", "name")[:PARK_ORGANIZATIONS]
        )
        context.update(
            industries=list(park.industries.all()),
            images=list(park.images.all()),
            organizations=organizations,
            organizations_total=organizations[0].park_total if organizations else 0,
            district_is_live=district.is_live,
            map_tile_url=settings.PORTAL_MAP_TILE_URL,
            map_attribution=settings.PORTAL_MAP_ATTRIBUTION,
            crumbs=[
                (_("Parks"), reverse("parks:list")),
                (park.name, ""),
            ],
        )
        return context
