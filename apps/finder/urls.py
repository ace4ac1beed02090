from django.urls import path

from . import views

app_name = "finder"

# Included at the language root, beside the opportunity pages.
urlpatterns = [
    path("site-finder/", views.site_finder, name="site_finder"),
    path("policies-for-me/", views.policies_for_me, name="policies_for_me"),
]
