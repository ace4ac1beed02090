"""E-mail each district's team the list of its overdue inquiries (no reply after
PORTAL_INQUIRY_RESPONSE_DAYS working days); `send_outbox --loop --digest-daily`
runs it once a day."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from apps.inquiries.replies import overdue_digest_send


class Command(BaseCommand):
    help = (
        "Send each district's team a digest of its overdue inquiries (teams with "
        "none get nothing)."
    )

    def handle(self, *args, **options):
        count = overdue_digest_send()
        self.stdout.write(f"sent {count} overdue digests")
