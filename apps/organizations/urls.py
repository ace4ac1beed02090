from django.urls import path

from apps.core.cache import public_cache

from . import views

app_name = "organizations"

urlpatterns = [
    path("", views.OrganizationListView.as_view(), name="list"),
    path("services/", public_cache(views.services), name="services"),
    path("<slug:slug>/", views.OrganizationDetailView.as_view(), name="detail"),
]
