"""Page-number pagination with a bounded page size and page number.

Not a number, zero, negative or too large: 400 with a JSON error. A valid page
past the last one: 404, as on the public pages.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination

MAX_PAGE_NUMBER = 100_000


def _bounded_int(request, name: str, maximum: int) -> int | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    if not raw.isdigit() or not 1 <= int(raw) <= maximum:
        raise ValidationError(
            {name: [_("Enter a whole number from 1 to %(max)d.") % {"max": maximum}]}
        )
    return int(raw)


class OpenDataPagination(PageNumberPagination):
    page_query_param = "page"
    page_size_query_param = "page_size"

    @property
    def page_size(self) -> int:
        return settings.PORTAL_API_PAGE_SIZE

    @property
    def max_page_size(self) -> int:
        return settings.PORTAL_API_MAX_PAGE_SIZE

    def get_page_size(self, request) -> int:
        size = _bounded_int(request, self.page_size_query_param, self.max_page_size)
        return size or self.page_size

    def paginate_queryset(self, queryset, request, view=None):
        _bounded_int(request, self.page_query_param, MAX_PAGE_NUMBER)
        return super().paginate_queryset(queryset, request, view)
