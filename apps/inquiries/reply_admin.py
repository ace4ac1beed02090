"""The admin's side of replies: reply templates, the reply page of an inquiry,
its thread, and the overdue filter and badge of the queue (used by admin.py)."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import BooleanField, ExpressionWrapper
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from . import replies
from .models import (
    Inquiry,
    InquiryReply,
    ReplyTemplate,
    awaiting_reply_q,
    overdue_q,
)
from .workdays import reply_due


@admin.register(ReplyTemplate)
class ReplyTemplateAdmin(admin.ModelAdmin):
    list_display = ["name", "language", "kind", "updated_at"]
    list_filter = ["language", "kind"]
    search_fields = ["name", "subject", "body"]
    readonly_fields = ["updated_at"]


class InquiryReplyInline(admin.StackedInline):
    """The inquiry's thread: what was sent, by whom, when, and whether it left."""

    model = InquiryReply
    extra = 0
    fields = ["created_at", "author", "reply_to", "subject", "text", "delivery"]
    readonly_fields = fields
    can_delete = False
    verbose_name_plural = _("replies sent")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author", "outbox_message")

    @admin.display(description=_("delivery"))
    def delivery(self, obj: InquiryReply) -> str:
        return obj.delivery_status


class OverdueFilter(admin.SimpleListFilter):
    title = _("reply")
    parameter_name = "reply"

    def lookups(self, request, model_admin):
        return [
            ("overdue", _("Overdue")),
            ("awaiting", _("Awaiting a reply")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "overdue":
            return queryset.filter(overdue_q())
        if self.value() == "awaiting":
            return queryset.filter(awaiting_reply_q())
        return queryset


def annotate_overdue(queryset):
    """The queue's rows with `is_overdue`, computed in the same query."""
    return queryset.annotate(
        is_overdue=ExpressionWrapper(overdue_q(), output_field=BooleanField())
    )


def overdue_badge(obj: Inquiry) -> str:
    if not getattr(obj, "is_overdue", False):
        return ""
    due = reply_due(obj.created_at)
    return format_html(
        '<span class="inquiry-badge inquiry-badge--overdue" title="{}">{}</span>',
        _("The reply was due on %(date)s") % {"date": due.isoformat()},
        _("Overdue"),
    )


class ReplyForm(forms.Form):
    template = forms.ModelChoiceField(
        label=_("Template"),
        queryset=ReplyTemplate.objects.none(),
        required=False,
    )
    subject = forms.CharField(
        label=_("Subject"),
        max_length=300,
        required=False,
        help_text=_("Leave empty for “Re: your inquiry” and the reference."),
    )
    text = forms.CharField(
        label=_("Reply"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 14, "class": "vLargeTextField"}),
        error_messages={"required": _("Write the reply before sending it.")},
        help_text=_("Sent to the sender in their preferred language, as written."),
    )

    def __init__(self, *args, inquiry: Inquiry, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].queryset = templates_for(inquiry)


def templates_for(inquiry: Inquiry):
    """Templates in the sender's language, for the inquiry's kind or any kind."""
    return ReplyTemplate.objects.filter(
        language=inquiry.language, kind__in=[inquiry.kind, ""]
    ).order_by("-kind", "name")


def reply_view(model_admin, request, object_id):
    """The reply page: pick a template (GET ?template=), edit, send (POST)."""
    inquiry = model_admin.get_object(request, object_id)
    if inquiry is None:
        raise Http404
    if not (
        model_admin.has_change_permission(request, inquiry)
        and request.user.has_perm("inquiries.add_inquiryreply")
    ):
        raise PermissionDenied
    change_url = reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])
    if not replies.can_be_answered(inquiry):
        model_admin.message_user(request, replies.UNANSWERABLE, messages.ERROR)
        return redirect(change_url)
    if request.method == "POST":
        form = ReplyForm(request.POST, inquiry=inquiry)
        if form.is_valid():
            try:
                replies.inquiry_reply(
                    inquiry=inquiry,
                    author=request.user,
                    text=form.cleaned_data["text"],
                    subject=form.cleaned_data["subject"],
                    template=form.cleaned_data["template"],
                )
            except ValidationError as error:
                form.add_error("text", error)
            else:
                model_admin.message_user(
                    request,
                    _("The reply to %(reference)s is on its way to %(email)s.")
                    % {"reference": inquiry.reference, "email": inquiry.email},
                    messages.SUCCESS,
                )
                return redirect(change_url)
    else:
        form = ReplyForm(initial=_initial(request, inquiry), inquiry=inquiry)
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Reply to %(reference)s") % {"reference": inquiry.reference},
        "opts": model_admin.model._meta,
        "inquiry": inquiry,
        "form": form,
        "thread": inquiry.replies.for_thread(),
        "change_url": change_url,
        "due": reply_due(inquiry.created_at),
    }
    return TemplateResponse(request, "admin/inquiries/inquiry/reply.html", context)


def _initial(request, inquiry: Inquiry) -> dict:
    templates = templates_for(inquiry)
    chosen = request.GET.get("template", "")
    template = templates.filter(pk=chosen).first() if chosen.isdigit() else None
    if template is None:
        return {}
    subject, text = replies.reply_template_text(
        template, inquiry=inquiry, handler=request.user
    )
    return {"template": template, "subject": subject, "text": text}
