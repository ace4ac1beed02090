"""Send the due e-mails of the inquiry outbox, once or as a worker (--loop)."""

from __future__ import annotations

from apps.core.workers import WorkerCommand
from apps.inquiries.services import outbox_send_due


class Command(WorkerCommand):
    help = "Send pending outbox e-mails that are due, retrying failures with backoff."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--limit", type=int, default=50, help="Messages per batch (default 50)."
        )

    def round(self, *, limit: int, **options) -> None:
        while True:
            result = outbox_send_due(limit=limit)
            if result.total:
                self.stdout.write(
                    f"sent {result.sent}, retry later {result.retried}, "
                    f"given up {result.failed}"
                )
            if result.total < limit or self.stopping:
                return
