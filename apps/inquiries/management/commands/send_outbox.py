"""Send the due e-mails of the inquiry outbox, once or as a worker (--loop)."""

from __future__ import annotations

import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.db.utils import DatabaseError

from apps.inquiries.services import outbox_send_due


class Command(BaseCommand):
    help = "Send pending outbox e-mails that are due, retrying failures with backoff."

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop", action="store_true", help="Keep running (a worker service)."
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=10.0,
            help="Seconds between rounds with --loop (default 10).",
        )
        parser.add_argument(
            "--limit", type=int, default=50, help="Messages per batch (default 50)."
        )

    def handle(self, *args, loop: bool, interval: float, limit: int, **options):
        self._stopping = False
        if loop:
            signal.signal(signal.SIGTERM, self._stop)
            signal.signal(signal.SIGINT, self._stop)
        while True:
            try:
                self._drain(limit)
            except DatabaseError as exc:
                if not loop:
                    raise
                self.stderr.write(f"database unavailable ({type(exc).__name__})")
            if not loop or self._stopping:
                return
            close_old_connections()
            waited = 0.0
            while waited < interval and not self._stopping:
                time.sleep(min(1.0, interval))
                waited += 1.0
            if self._stopping:
                return

    def _drain(self, limit: int) -> None:
        while True:
            result = outbox_send_due(limit=limit)
            if result.total:
                self.stdout.write(
                    f"sent {result.sent}, retry later {result.retried}, "
                    f"given up {result.failed}"
                )
            if result.total < limit or self._stopping:
                return

    def _stop(self, signum, frame) -> None:
        self._stopping = True
