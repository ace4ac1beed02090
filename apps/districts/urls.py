from django.urls import path

from . import views

app_name = "districts"

urlpatterns = [
    path("", views.DistrictListView.as_view(), name="list"),
    path("compare/", views.compare, name="compare"),
    path("<slug:slug>/", views.DistrictDetailView.as_view(), name="detail"),
]
