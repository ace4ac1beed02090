from __future__ import annotations

import logging
import secrets

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods

from . import abuse, services
from .forms import InquiryForm

logger = logging.getLogger(__name__)

SESSION_KEY = "inquiries:reference"
# A filled-in form is a few kilobytes; anything far larger is not a person.
MAX_POST_BYTES = 64 * 1024


def _crumbs(label: str) -> list[tuple[str, str]]:
    return [(label, "")]


@never_cache
@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def inquiry_create(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return _inquiry_post(request)
    form = InquiryForm(initial=InquiryForm.initial_from_query(request.GET))
    return _render_form(request, form)


def _render_form(request: HttpRequest, form: InquiryForm, status: int = 200):
    context = {
        "form": form,
        "about": form.concerned_objects(),
        "crumbs": _crumbs(_("Contact us")),
    }
    return render(request, "inquiries/inquiry_form.html", context, status=status)


def _inquiry_post(request: HttpRequest) -> HttpResponse:
    if abuse.rate_limited(request):
        logger.warning("inquiry form: rate limit reached")
        response = render(
            request,
            "inquiries/rate_limited.html",
            {"minutes": max(settings.PORTAL_INQUIRY_RATE_WINDOW // 60, 1)},
            status=429,
        )
        response["Retry-After"] = str(settings.PORTAL_INQUIRY_RATE_WINDOW)
        return response
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_POST_BYTES:
        return render(request, "inquiries/too_large.html", status=413)
    form = InquiryForm(request.POST)
    if form.is_trap_filled:
        # Robots get the same answer as people, and nothing is stored.
        logger.info("inquiry form: trap field filled, nothing stored")
        year = timezone.localdate().year
        request.session[SESSION_KEY] = f"INQ-{year}-{secrets.randbelow(10**6):06d}"
        return redirect("inquiries:thanks")
    if not form.is_valid():
        return _render_form(request, form)
    inquiry = services.inquiry_create(**form.service_kwargs())
    request.session[SESSION_KEY] = inquiry.reference
    return redirect("inquiries:thanks")


@never_cache
def inquiry_thanks(request: HttpRequest) -> HttpResponse:
    reference = request.session.get(SESSION_KEY)
    if not reference:
        return redirect("inquiries:create")
    return render(
        request,
        "inquiries/inquiry_thanks.html",
        {"reference": reference, "crumbs": _crumbs(_("Thank you"))},
    )


def privacy(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "inquiries/privacy.html",
        {
            "crumbs": _crumbs(_("Privacy notice")),
            "retention_days": settings.PORTAL_INQUIRY_RETENTION_DAYS,
            "office_email": settings.PORTAL_OFFICE_EMAIL,
        },
    )
