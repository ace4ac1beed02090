from django.urls import path

from . import views

app_name = "brochures"

# Not marked `public_cache`: the PDFs have a cache of their own (rendering.py).
urlpatterns = [
    path("districts/<slug:slug>.pdf", views.district_pdf, name="district"),
    path("parks/<slug:slug>.pdf", views.park_pdf, name="park"),
]
