"""/api/v1/: one router entry per endpoint (see docs/api.md to add one)."""

from __future__ import annotations

from django.urls import path
from rest_framework.routers import SimpleRouter

from . import views

app_name = "api"

router = SimpleRouter()
router.register("districts", views.DistrictViewSet, basename="district")
router.register("indicators", views.IndicatorViewSet, basename="indicator")
router.register("parks", views.ParkViewSet, basename="park")
router.register("organizations", views.OrganizationViewSet, basename="organization")
router.register("events", views.EventViewSet, basename="event")
router.register("agreements", views.AgreementViewSet, basename="agreement")
router.register("policies", views.PolicyViewSet, basename="policy")
router.register("news", views.ArticleViewSet, basename="article")
router.register("opportunities", views.OpportunityViewSet, basename="opportunity")

urlpatterns = [
    path(
        "",
        views.ApiRootView.as_view(
            endpoints=[basename for _prefix, _viewset, basename in router.registry]
        ),
        name="root",
    ),
    path("schema/", views.SchemaView.as_view(), name="schema"),
    *router.urls,
]
