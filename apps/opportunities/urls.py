from django.urls import path

from . import views

app_name = "opportunities"

# Included at the language root: the finder and "policies for me" sit beside the
# opportunity pages without clashing with an opportunity's slug.
urlpatterns = [
    path("opportunities/", views.OpportunityListView.as_view(), name="list"),
    path(
        "opportunities/<slug:slug>/",
        views.OpportunityDetailView.as_view(),
        name="detail",
    ),
    path("site-finder/", views.finder, name="finder"),
    path("policies-for-me/", views.policies_for_me, name="policies_for_me"),
]
