from django.urls import path

from . import views

app_name = "enterprises"

urlpatterns = [
    path("", views.OrganizationListView.as_view(), name="list"),
    path("services/", views.services, name="services"),
    path("<slug:slug>/", views.OrganizationDetailView.as_view(), name="detail"),
]
