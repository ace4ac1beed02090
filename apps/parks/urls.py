from django.urls import path

from . import views

app_name = "parks"

urlpatterns = [
    path("", views.ParkListView.as_view(), name="list"),
    path("<slug:slug>/", views.ParkDetailView.as_view(), name="detail"),
]
