"""Send the due e-mails of the inquiry outbox, once or as a worker (--loop); with
--purge-daily the worker also applies the retention rule (purge_inquiries) once a
day, and with --digest-daily it sends the teams their overdue inquiries
(send_overdue_digest) once a day, so a deployment needs no separate scheduler."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db.utils import DatabaseError
from django.utils import timezone

from apps.core.workers import WorkerCommand
from apps.inquiries.replies import overdue_digest_send
from apps.inquiries.services import inquiry_purge, outbox_send_due

PURGE_EVERY = timedelta(days=1)
DIGEST_EVERY = timedelta(days=1)


class Command(WorkerCommand):
    help = "Send pending outbox e-mails that are due, retrying failures with backoff."

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.purged_at = None
        self.digested_at = None

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--limit", type=int, default=50, help="Messages per batch (default 50)."
        )
        parser.add_argument(
            "--purge-daily",
            action="store_true",
            help="Also anonymize old closed and spam inquiries (as purge_inquiries "
            "does) at the first round and then every 24 hours.",
        )
        parser.add_argument(
            "--digest-daily",
            action="store_true",
            help="Also e-mail each team its overdue inquiries (as "
            "send_overdue_digest does) at the first round and then every 24 hours.",
        )

    def round(
        self,
        *,
        limit: int,
        purge_daily: bool = False,
        digest_daily: bool = False,
        **options,
    ) -> None:
        if purge_daily:
            self.purge_if_due()
        if digest_daily:
            self.digest_if_due()
        while True:
            result = outbox_send_due(limit=limit)
            if result.total:
                self.stdout.write(
                    f"sent {result.sent}, retry later {result.retried}, "
                    f"given up {result.failed}"
                )
            if result.total < limit or self.stopping:
                return

    def purge_if_due(self) -> None:
        now = timezone.now()
        if self.purged_at is not None and now - self.purged_at < PURGE_EVERY:
            return
        days = settings.PORTAL_INQUIRY_RETENTION_DAYS
        count = inquiry_purge(days=days)
        # Only once it succeeded: a database outage retries it next round.
        self.purged_at = now
        self.stdout.write(f"anonymized {count} inquiries older than {days} days")

    def digest_if_due(self) -> None:
        now = timezone.now()
        if self.digested_at is not None and now - self.digested_at < DIGEST_EVERY:
            return
        try:
            count = overdue_digest_send(now=now)
        except DatabaseError:
            raise
        except Exception as exc:  # the mail server: try again next round
            self.stderr.write(f"overdue digest not sent ({type(exc).__name__})")
            return
        self.digested_at = now
        self.stdout.write(f"sent {count} overdue digests")
