from __future__ import annotations

import datetime as dt
import hashlib

from django.db.models import Count, Max, Prefetch, Q
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import condition, require_safe

from apps.core.models import Status
from apps.core.views import ContentDetailView, ContentListView
from apps.organizations.models import Organization

from .calendar import calendar
from .filters import EventFeedFilter, EventFilter
from .jsonld import event_json_ld
from .models import DatePrecision, Event, Speaker
from .sections import event_page


class EventListView(ContentListView):
    """Upcoming events (or past ones with ?when=past), filtered and paginated."""

    model = Event
    filterset_class = EventFilter
    template_name = "events/event_list.html"
    context_object_name = "events"

    def get_queryset(self):
        return Event.objects.for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["crumbs"] = [(_("Events"), "")]
        valid = self.filterset.is_valid()
        context["when"] = self.filterset.selected_when if valid else ""
        return context


class EventDetailView(ContentDetailView):
    model = Event
    context_object_name = "event"
    template_name = "events/event_detail.html"

    def get_queryset(self):
        public = Organization.objects.published()
        return (
            super()
            .get_queryset()
            .select_related("district")
            .prefetch_related(
                "sessions",
                Prefetch(
                    "speakers",
                    queryset=Speaker.objects.select_related("organization"),
                ),
                Prefetch("organizers", queryset=public),
                Prefetch("exhibitors", queryset=public),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["crumbs"] = [
            (_("Events"), reverse("events:list")),
            (self.object.title, ""),
        ]
        context["json_ld"] = event_json_ld(self.object, self.request)
        context["has_calendar_file"] = self.object.date_precision != DatePrecision.YEAR
        # the agreements signed at it (agreements app)
        context.update(event_page.build(self.object))
        return context


# --- Calendar files ----------------------------------------------------------------


def _published_q() -> Q:
    return Q(status=Status.PUBLISHED, published_at__lte=timezone.now())


def _feed_state(request: HttpRequest) -> tuple[dt.datetime | None, int]:
    """When any event last changed or went live, and how many are public: an edit,
    an unpublication, a scheduled publication or a deletion all change one."""
    if not hasattr(request, "_event_feed_state"):
        published = _published_q()
        state = Event.objects.aggregate(
            edited=Max("updated_at"),
            shown=Max("published_at", filter=published),
            count=Count("pk", filter=published),
        )
        moments = [state["edited"], state["shown"]]
        latest = max((m for m in moments if m), default=None)
        request._event_feed_state = (latest, state["count"])
    return request._event_feed_state


def _feed_last_modified(request: HttpRequest) -> dt.datetime | None:
    return _feed_state(request)[0]


def _feed_etag(request: HttpRequest) -> str:
    latest, count = _feed_state(request)
    raw = f"{request.get_full_path()}|{latest and latest.isoformat()}|{count}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def _event_state(request: HttpRequest, slug: str) -> dict | None:
    if not hasattr(request, "_event_state"):
        request._event_state = (
            Event.objects.published()
            .dated()
            .filter(slug=slug)
            .values("pk", "updated_at", "published_at")
            .first()
        )
    return request._event_state


def _ics_last_modified(request: HttpRequest, slug: str) -> dt.datetime | None:
    state = _event_state(request, slug)
    return max(state["updated_at"], state["published_at"]) if state else None


def _ics_etag(request: HttpRequest, slug: str) -> str | None:
    state = _event_state(request, slug)
    if not state:
        return None
    raw = f"{state['pk']}|{state['updated_at'].isoformat()}|{request.get_host()}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def _calendar_response(body: str, filename: str, *, attachment: bool) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


@require_safe
@condition(etag_func=_ics_etag, last_modified_func=_ics_last_modified)
def event_ics(request: HttpRequest, slug: str) -> HttpResponse:
    """One event as an .ics download; none for events known only by year."""
    event = get_object_or_404(Event.objects.published().dated(), slug=slug)
    body = calendar([event], request, name=event.title)
    return _calendar_response(body, f"{event.slug}.ics", attachment=True)


@require_safe
@condition(etag_func=_feed_etag, last_modified_func=_feed_last_modified)
def event_feed(request: HttpRequest) -> HttpResponse:
    """A calendar to subscribe to: published dated events, same filters as the list."""
    filterset = EventFeedFilter(request.GET, queryset=Event.objects.published().dated())
    if not filterset.is_valid():
        return HttpResponseBadRequest(
            _("These calendar filters are not valid."), content_type="text/plain"
        )
    body = calendar(filterset.qs, request, name=str(_("Events")))
    return _calendar_response(body, "events.ics", attachment=False)
