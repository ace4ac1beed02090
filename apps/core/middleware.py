"""Site-wide guards, each in one place: a lost database becomes a friendly 503, and
an oversized request body a readable 413, before any view or other middleware runs.
"""

from __future__ import annotations

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)


def database_unavailable_response() -> HttpResponse:
    """The static 503 page: rendered without context processors, so it needs no
    database itself."""
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = "10"
    return response


def is_database_unavailable(exception: BaseException | None) -> bool:
    """Whether an exception (or what caused it) means the database is gone."""
    while exception is not None:
        if isinstance(exception, DATABASE_ERRORS):
            return True
        exception = exception.__cause__ or exception.__context__
    return False


def server_error(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """handler500: the 503 page when the failure was a lost database (raised in a
    middleware such as sessions or authentication, in a context processor or while
    a template rendered), the static 500 page otherwise. Django calls it inside the
    `except` block that caught the error, so the exception is sys.exc_info()'s."""
    if is_database_unavailable(sys.exc_info()[1]):
        logger.warning("Database unavailable outside a view: 503")
        return database_unavailable_response()
    return HttpResponseServerError(render_to_string("500.html"))


class DatabaseUnavailableMiddleware:
    """Maps OperationalError/InterfaceError raised in a view to the 503 page (even
    with DEBUG on). Errors raised elsewhere, where Django turns them into a 500
    before any middleware sees them, reach `server_error` (handler500), which uses
    the same response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not is_database_unavailable(exception):
            return None
        logger.warning("Database unavailable: %s", type(exception).__name__)
        return database_unavailable_response()


class RequestBodyLimitMiddleware:
    """Refuses a request whose declared body is larger than the limit with a 413
    page, before anything reads it. Admin pages (image and PDF uploads) get the
    larger PORTAL_ADMIN_MAX_BODY_BYTES, every other page PORTAL_MAX_BODY_BYTES.
    Django's DATA_UPLOAD_MAX_MEMORY_SIZE does not count file parts, so this is what
    bounds a multipart upload."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse(
                "Bad Content-Length", status=400, content_type="text/plain"
            )
        if length > self._limit(request):
            logger.warning("request body of %s bytes refused", length)
            response = HttpResponse(render_to_string("413.html"), status=413)
            # The body is not read: the client must not reuse the connection.
            response["Connection"] = "close"
            return response
        return self.get_response(request)

    @staticmethod
    def _limit(request: HttpRequest) -> int:
        if request.path_info.startswith("/admin/"):
            return settings.PORTAL_ADMIN_MAX_BODY_BYTES
        return settings.PORTAL_MAX_BODY_BYTES
