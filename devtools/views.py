"""The benchmark's reference pages (routed only with PORTAL_BENCH_ENABLED)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def bench_hello(request: HttpRequest) -> HttpResponse:
    """The benchmark's ceiling: a tiny page through the full middleware stack."""
    return HttpResponse("Hello, world", content_type="text/plain")


def bench_layout(request: HttpRequest) -> HttpResponse:
    """The benchmark's floor for a page: the site layout (header, navigation,
    footer) with nothing in it, no view logic and no query of its own."""
    return render(request, "base.html")
