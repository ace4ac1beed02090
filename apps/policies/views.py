from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from apps.core.views import ContentDetailView, ContentListView, CrumbsMixin

from .filters import PolicyFilter
from .models import Policy
from .sections import policy_page


class PolicyPages(CrumbsMixin):
    model = Policy
    list_label = _("Policies")
    list_url_name = "policies:list"


class PolicyListView(PolicyPages, ContentListView):
    filterset_class = PolicyFilter
    template_name = "policies/policy_list.html"

    def get_queryset(self):
        return Policy.objects.for_cards()


class PolicyDetailView(PolicyPages, ContentDetailView):
    template_name = "policies/policy_detail.html"

    def get_queryset(self):
        return Policy.objects.for_detail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = self.object.measures.by_category()
        entered = sum(len(measures) for _category, measures in groups)
        stated = self.object.measure_count or 0
        context["measure_groups"] = groups
        context["measures_entered"] = entered
        context["measures_stated"] = stated if stated > entered else None
        context.update(policy_page.build(self.object))  # its contacts and guides
        return context


def policy_attachment(request: HttpRequest, slug: str) -> FileResponse:
    """The PDF of a published policy, as a download with its content type."""
    policy = get_object_or_404(
        Policy.objects.published().exclude(attachment=""), slug=slug
    )
    try:
        handle = policy.attachment.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"{policy.slug}.pdf",
        content_type="application/pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
