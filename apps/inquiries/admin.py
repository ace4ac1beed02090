"""The staff queue of inquiries: status workflow, assignee, notes, CSV export."""

from __future__ import annotations

import csv

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from apps.accounts.scope import DistrictScopedAdmin
from apps.core.spreadsheets import safe_cell

from . import reply_admin, services
from .models import (
    Inquiry,
    InquiryNote,
    InquiryStatus,
    InquiryStatusChange,
    OutboxMessage,
    OutboxStatus,
)


def format_duration(delta) -> str:
    if delta is None:
        return "—"
    minutes = int(delta.total_seconds() // 60)
    days, minutes = divmod(minutes, 60 * 24)
    hours, minutes = divmod(minutes, 60)
    if days:
        return _("%(days)d d %(hours)d h") % {"days": days, "hours": hours}
    return _("%(hours)d h %(minutes)d min") % {"hours": hours, "minutes": minutes}


class InquiryNoteInline(admin.StackedInline):
    model = InquiryNote
    extra = 1
    fields = ["text", "author", "created_at"]
    readonly_fields = ["author", "created_at"]

    def has_change_permission(self, request, obj=None):
        # Notes are a record: they are added, never rewritten.
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class InquiryStatusChangeInline(admin.TabularInline):
    model = InquiryStatusChange
    extra = 0
    fields = ["changed_at", "by", "from_status", "to_status"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class OutboxMessageInline(admin.TabularInline):
    model = OutboxMessage
    extra = 0
    fields = ["kind", "to", "status", "attempts", "next_attempt_at", "sent_at"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Inquiry)
class InquiryAdmin(DistrictScopedAdmin, admin.ModelAdmin):
    district_path = "district"
    list_display = [
        "reference",
        "created_at",
        "kind",
        "status",
        "overdue",
        "district",
        "assignee",
        "suggested_contact",
        "first_response",
    ]
    list_filter = [
        "status",
        reply_admin.OverdueFilter,
        "kind",
        "district",
        "suggested_contact",
        "created_at",
    ]
    search_fields = ["reference", "name", "organization", "email"]
    date_hierarchy = "created_at"
    list_select_related = ["district", "assignee", "suggested_contact"]
    list_per_page = 50
    actions = ["assign_to_me", "mark_spam", "close"]
    inlines = [
        reply_admin.InquiryReplyInline,
        InquiryNoteInline,
        InquiryStatusChangeInline,
        OutboxMessageInline,
    ]
    fieldsets = [
        (
            _("Handling"),
            {"fields": ["status", "assignee", "suggested_contact", "spam_reason"]},
        ),
        (
            _("Sender"),
            {
                "fields": [
                    "reference",
                    "created_at",
                    "kind",
                    "name",
                    "organization",
                    "email",
                    "phone",
                    "country",
                    "language",
                ]
            },
        ),
        (
            _("Inquiry"),
            {
                "fields": [
                    "concerns",
                    "district",
                    "park",
                    "event",
                    "policy",
                    "about_organization",
                    "industry",
                    "message",
                    "consent_at",
                ]
            },
        ),
        (
            _("Timing"),
            {"fields": ["first_response_at", "updated_at", "anonymized_at"]},
        ),
    ]
    # What the sender wrote stays as it arrived; staff handle, they do not edit.
    readonly_fields = [
        "reference",
        "created_at",
        "kind",
        "name",
        "organization",
        "email",
        "phone",
        "country",
        "language",
        "concerns",
        "park",
        "event",
        "policy",
        "about_organization",
        "industry",
        "message",
        "consent_at",
        "spam_reason",
        "suggested_contact",
        "first_response_at",
        "updated_at",
        "anonymized_at",
    ]

    def has_add_permission(self, request):
        return False

    def get_queryset(self, request):
        return reply_admin.annotate_overdue(super().get_queryset(request))

    @admin.display(description=_("overdue"))
    def overdue(self, obj: Inquiry) -> str:
        return reply_admin.overdue_badge(obj)

    @admin.display(description=_("first response"), ordering="first_response_at")
    def first_response(self, obj: Inquiry) -> str:
        return format_duration(obj.first_response_time)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assignee":
            field = super().formfield_for_foreignkey(db_field, request, **kwargs)
            field.queryset = field.queryset.filter(is_active=True, is_staff=True)
            return field
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        # Status and assignee go through the services, which record the change.
        new_status = obj.status
        new_assignee = obj.assignee
        obj.status = form.initial.get("status", obj.status)
        obj.assignee_id = form.initial.get("assignee", obj.assignee_id)
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            if "assignee" in form.changed_data:
                services.inquiry_assign(
                    inquiry=obj, assignee=new_assignee, by=request.user
                )
            if "status" in form.changed_data:
                services.inquiry_change_status(
                    inquiry=obj, to=new_status, by=request.user
                )

    def save_formset(self, request, form, formset, change):
        if formset.model is not InquiryNote:
            return super().save_formset(request, form, formset, change)
        for note in formset.save(commit=False):
            if note.pk is None and note.text.strip():
                services.inquiry_add_note(
                    inquiry=form.instance,
                    author=request.user,
                    text=note.text,
                    note=note,
                )
        return None

    @admin.action(description=_("Assign to me"))
    def assign_to_me(self, request, queryset):
        for inquiry in queryset:
            services.inquiry_assign(
                inquiry=inquiry, assignee=request.user, by=request.user
            )
        self._report(request, queryset)

    @admin.action(description=_("Mark as spam"))
    def mark_spam(self, request, queryset):
        self._move(request, queryset, InquiryStatus.SPAM)

    @admin.action(description=_("Close"))
    def close(self, request, queryset):
        self._move(request, queryset, InquiryStatus.CLOSED)

    def _move(self, request, queryset, to: str) -> None:
        for inquiry in queryset:
            services.inquiry_change_status(inquiry=inquiry, to=to, by=request.user)
        self._report(request, queryset)

    def _report(self, request, queryset) -> None:
        count = len(queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d inquiry updated.", "%(count)d inquiries updated.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )

    # --- CSV export of the filtered changelist -----------------------------------

    def get_urls(self):
        urls = [
            path(
                "export/",
                self.admin_site.admin_view(self.export_csv),
                name="inquiries_inquiry_export",
            ),
            path(
                "<path:object_id>/reply/",
                self.admin_site.admin_view(self.reply_view),
                name="inquiries_inquiry_reply",
            ),
        ]
        return urls + super().get_urls()

    def reply_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return reply_admin.reply_view(self, request, object_id)

    def export_csv(self, request: HttpRequest) -> HttpResponse:
        """The changelist as CSV, with the same filters and search applied."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            changelist = self.get_changelist_instance(request)
        except IncorrectLookupParameters:
            return redirect("admin:inquiries_inquiry_changelist")
        queryset = changelist.get_queryset(request).select_related(
            "district", "assignee"
        )
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="inquiries-{stamp}.csv"'
        )
        # A byte-order mark so that spreadsheets read the Chinese text as UTF-8.
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow(
            [
                _("reference"),
                _("received"),
                _("kind"),
                _("status"),
                _("district"),
                _("assignee"),
                _("name"),
                _("organization"),
                _("e-mail"),
                _("phone"),
                _("country or region"),
                _("preferred language"),
                _("concerns"),
                _("message"),
                _("first response"),
            ]
        )
        for inquiry in queryset.iterator(chunk_size=500):
            writer.writerow(
                safe_cell(value)
                for value in [
                    inquiry.reference,
                    timezone.localtime(inquiry.created_at).strftime("%Y-%m-%d %H:%M"),
                    inquiry.get_kind_display(),
                    inquiry.get_status_display(),
                    inquiry.district or "",
                    inquiry.assignee.get_username() if inquiry.assignee else "",
                    inquiry.name,
                    inquiry.organization,
                    inquiry.email,
                    inquiry.phone,
                    inquiry.country,
                    inquiry.get_language_display(),
                    inquiry.concerns,
                    inquiry.message,
                    format_duration(inquiry.first_response_time),
                ]
            )
        return response


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    list_display = [
        "inquiry",
        "kind",
        "status",
        "attempts",
        "next_attempt_at",
        "sent_at",
    ]
    list_filter = ["status", "kind"]
    search_fields = ["inquiry__reference"]
    list_select_related = ["inquiry"]
    actions = ["retry_now"]
    readonly_fields = [
        "inquiry",
        "kind",
        "to",
        "reply_to",
        "subject",
        "body",
        "language",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "sent_at",
        "created_at",
    ]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Retry now"))
    def retry_now(self, request, queryset):
        count = queryset.exclude(status=OutboxStatus.SENT).update(
            status=OutboxStatus.PENDING, next_attempt_at=timezone.now(), attempts=0
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d e-mail will be sent again.",
                "%(count)d e-mails will be sent again.",
                count,
            )
            % {"count": count},
        )
