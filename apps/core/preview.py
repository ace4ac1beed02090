"""Draft preview: staff open an item's public page before it is published.

The admin's "Preview" button links to the public page with `?preview=1`.
`ContentDetailView` (apps/core/views.py) then looks the item up among drafts and
scheduled items too, but only for a signed-in staff member whom the model's admin
lets change that very item: its `get_queryset(request)` (so a district editor's
scope applies, apps/accounts/scope.py) and `has_change_permission(request, obj)`.
Core names no app: the admin registered for the model answers.

Anyone else, and a preview of an item the staff member may not change, gets the
normal page (a 404 for a draft). A preview is sent `Cache-Control: private,
no-store` and `X-Robots-Tag: noindex`, is never marked for the page cache (nor
read from it: a signed-in request has a session cookie), and the page shows a
"Preview — not published" banner and `<meta name="robots" content="noindex">`.
"""

from __future__ import annotations

import contextlib
import contextvars

from django.contrib import admin
from django.db import models
from django.http import HttpRequest, HttpResponse

PREVIEW_PARAM = "preview"

# The model whose drafts `published()` includes while a preview looks its item up.
_drafts_of: contextvars.ContextVar[type[models.Model] | None] = contextvars.ContextVar(
    "drafts_of", default=None
)


def preview_url(obj) -> str:
    """The public page of `obj` as a preview (its drafts included)."""
    return f"{obj.get_absolute_url()}?{PREVIEW_PARAM}=1"


def preview_requested(request: HttpRequest) -> bool:
    return PREVIEW_PARAM in request.GET


def drafts_included(model: type[models.Model]) -> bool:
    """True while a preview of `model` is being looked up (see `including_drafts`)."""
    wanted = _drafts_of.get()
    return wanted is not None and issubclass(model, wanted)


@contextlib.contextmanager
def including_drafts(model: type[models.Model]):
    """`model.objects.published()` includes drafts and scheduled items inside."""
    token = _drafts_of.set(model)
    try:
        yield
    finally:
        _drafts_of.reset(token)


def may_preview(request: HttpRequest, obj: models.Model) -> bool:
    """May this signed-in staff member change `obj` in the admin?"""
    user = getattr(request, "user", None)
    if user is None or not (user.is_active and user.is_staff):
        return False
    model_admin = admin.site._registry.get(type(obj))
    if model_admin is None:
        return False
    scoped = model_admin.get_queryset(request).filter(pk=obj.pk).exists()
    return scoped and model_admin.has_change_permission(request, obj)


def mark_preview(response: HttpResponse) -> HttpResponse:
    """Headers that keep a preview out of every cache and search engine."""
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex"
    return response
