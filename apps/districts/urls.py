from django.urls import path

from apps.core.cache import public_cache

from . import views

app_name = "districts"

urlpatterns = [
    path("", public_cache(views.DistrictListView.as_view()), name="list"),
    path("compare/", public_cache(views.compare), name="compare"),
    path("<slug:slug>/", views.DistrictDetailView.as_view(), name="detail"),
]
