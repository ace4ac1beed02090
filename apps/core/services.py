"""Writes shared by every publishable content model."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext

from .models import Publishable, Status


def _set_status(*, items: Iterable[Publishable], status: str, reason: str) -> int:
    changed = 0
    with transaction.atomic():
        for item in items:
            if item.status == status:
                continue
            item.status = status
            # Saved one by one (not queryset.update) so each change is in the history.
            item._change_reason = reason
            item.save(update_fields=["status", "updated_at"])
            changed += 1
    return changed


def content_publish(*, items: Iterable[Publishable]) -> int:
    """Publish drafts; a future "publish at" date still schedules them."""
    return _set_status(
        items=items, status=Status.PUBLISHED, reason=gettext("Published")
    )


def content_unpublish(*, items: Iterable[Publishable]) -> int:
    """Move published items back to draft, so readers no longer see them."""
    return _set_status(
        items=items, status=Status.DRAFT, reason=gettext("Moved back to draft")
    )
