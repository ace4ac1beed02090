"""The admin index ("dashboard"): what is waiting to be published."""

from __future__ import annotations

from django import template
from django.contrib import admin
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from apps.core.models import Publishable, Status

register = template.Library()


@register.simple_tag(takes_context=True)
def content_drafts(context) -> list[dict]:
    """Drafts and scheduled items per content type the user may see (one query each)."""
    request = context.get("request")
    if request is None:
        return []
    now = timezone.now()
    rows = []
    for model, model_admin in admin.site._registry.items():
        if not issubclass(model, Publishable):
            continue
        if not model_admin.has_view_or_change_permission(request):
            continue
        counts = model_admin.get_queryset(request).aggregate(
            drafts=Count("pk", filter=Q(status=Status.DRAFT)),
            scheduled=Count(
                "pk", filter=Q(status=Status.PUBLISHED, published_at__gt=now)
            ),
        )
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        rows.append(
            {
                "name": opts.verbose_name_plural,
                "drafts": counts["drafts"],
                "scheduled": counts["scheduled"],
                "drafts_url": f"{url}?status__exact={Status.DRAFT}",
                "url": url,
            }
        )
    return sorted(rows, key=lambda row: str(row["name"]))
