from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from apps.core.views import ContentDetailView, ContentListView

from .filters import ParkFilter
from .models import Park
from .sections import park_page


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


class ParkDetailView(ContentDetailView):
    model = Park

    def get_queryset(self):
        return super().get_queryset().select_related("district")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        park = self.object
        district = park.district
        context.update(
            industries=list(park.industries.all()),
            images=list(park.images.all()),
            **park_page.build(park),  # its organizations (organizations app)
            district_is_live=district.is_live,
            map_tile_url=settings.PORTAL_MAP_TILE_URL,
            map_attribution=settings.PORTAL_MAP_ATTRIBUTION,
            crumbs=[
                (_("Parks"), reverse("parks:list")),
                (park.name, ""),
            ],
        )
        return context
