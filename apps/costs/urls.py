from django.urls import path

from . import views

app_name = "costs"

urlpatterns = [
    path("", views.CostItemListView.as_view(), name="list"),
]
