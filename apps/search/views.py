from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from .forms import SearchForm
from .registry import search_types
from .results import COUNT_CAP, count_label, search_page
from .terms import SearchTerms


def results(request: HttpRequest) -> HttpResponse:
    """Results of every type for ?q=, grouped with counts, or one type's (?type=)
    paginated. A query with nothing to search for gives the empty page."""
    terms = SearchTerms.parse(request.GET.get("q"))
    result = search_page(
        terms,
        type_key=request.GET.get("type", ""),
        page_number=request.GET.get("page", 1),
        page_size=settings.PORTAL_PAGE_SIZE,
    )
    tabs = [
        {
            "key": each.key,
            "label": each.label,
            "count": result.counts.get(each.key, 0),
            "count_label": count_label(result.counts.get(each.key, 0)),
        }
        for each in search_types()
    ]
    context = {
        "form": SearchForm(initial={"q": terms.text}),
        "search": result,
        "search_query": terms.text,
        "tabs": tabs,
        "count_cap": COUNT_CAP,
        "page_obj": result.page,
        "crumbs": [(_("Search"), "")],
    }
    return render(request, "search/results.html", context)
