"""/api/v1/: the routes the content apps registered (see docs/api.md to add one)."""

from __future__ import annotations

from django.urls import path
from rest_framework.routers import SimpleRouter

from . import views
from .registry import ordered_routes

app_name = "api"

router = SimpleRouter()
for route in ordered_routes():
    router.register(route.prefix, route.viewset, basename=route.basename)

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
