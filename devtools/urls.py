from django.urls import path

from . import views

# Outside the language prefix; portal/urls.py includes these only when
# PORTAL_BENCH_ENABLED is set (make bench sets it).
urlpatterns = [
    path("bench/hello", views.bench_hello),
    path("bench/layout", views.bench_layout),
]
