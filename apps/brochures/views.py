"""A district's and a park's profile as a PDF download, in the reader's language."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language

from apps.districts.models import District
from apps.districts.profile import profile_figures
from apps.districts.sections import district_page
from apps.parks.models import Park
from apps.parks.sections import park_page

from .charts import printable_series
from .rendering import busy_response, cached_pdf, pdf_response, render_pdf


def district_pdf(request: HttpRequest, slug: str) -> HttpResponse:
    district = get_object_or_404(District.objects.published(), slug=slug)
    return _download(
        request,
        f"district:{district.pk}",
        district.slug,
        lambda: district_document(request, district),
    )


def park_pdf(request: HttpRequest, slug: str) -> HttpResponse:
    park = get_object_or_404(
        Park.objects.published().select_related("district"), slug=slug
    )
    return _download(
        request, f"park:{park.pk}", park.slug, lambda: park_document(request, park)
    )


def district_document(request: HttpRequest, district: District) -> bytes:
    """The district's profile rendered now (no cache, no lock)."""
    figures = profile_figures(district)
    context = {
        "district": district,
        "industries": list(district.industries.all()),
        **figures,
        "series": printable_series(figures["series"]),
        # The page's own sections: what every app registers for it, each printed
        # by the partial it names (apps/core/sections.py).
        **district_page.build(district),
        "section_templates": district_page.print_templates(),
        "generated_on": timezone.localdate(),
    }
    return render_pdf(request, "brochures/district_profile.html", context)


def park_document(request: HttpRequest, park: Park) -> bytes:
    """The park's profile rendered now (no cache, no lock)."""
    context = {
        "park": park,
        "industries": list(park.industries.all()),
        **park_page.build(park),
        "section_templates": park_page.print_templates(),
        "generated_on": timezone.localdate(),
    }
    return render_pdf(request, "brochures/park_profile.html", context)


def _download(request: HttpRequest, name: str, slug: str, build) -> HttpResponse:
    pdf = cached_pdf(name, build)
    if pdf is None:
        return busy_response(request)
    return pdf_response(pdf, f"{slug}-{get_language()}.pdf")
