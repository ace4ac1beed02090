"""The top layer's pages: the home page, the health check and robots.txt."""

from __future__ import annotations

from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from apps.agreements.models import Agreement
from apps.core.cache import public_cache
from apps.districts.models import District, Indicator
from apps.events.models import Event
from apps.news.models import Article
from apps.parks.models import Park
from apps.stories.models import Story

HOME_LIMITS = {"figures": 4, "districts": 6, "parks": 6, "events": 3, "latest": 3}


@public_cache
def home(request: HttpRequest) -> HttpResponse:
    """Headline figures, districts, parks, upcoming events, agreements and news."""
    limits = HOME_LIMITS
    context = {
        "figures": list(Indicator.objects.headline()[: limits["figures"]]),
        "districts": list(
            District.objects.as_cards().order_by("-featured", "order", "name")[
                : limits["districts"]
            ]
        ),
        "parks": list(
            Park.objects.published()
            .as_cards()
            .order_by("-featured", "name")[: limits["parks"]]
        ),
        "events": list(Event.objects.next_upcoming(limits["events"]).as_links()),
        "agreements": list(
            Agreement.objects.published().as_links()[: limits["latest"]]
        ),
        "articles": list(Article.objects.for_listing().as_links()[: limits["latest"]]),
        "stories": list(Story.objects.for_listing()[: limits["latest"]]),
    }
    return render(request, "site/home.html", context)


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "up"})


def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap = request.build_absolute_uri(
        reverse("django.contrib.sitemaps.views.sitemap")
    )
    lines = ["User-agent: *", "Disallow: /admin/", "", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain")
