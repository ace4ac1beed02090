"""Management commands that run once, or as a worker with --loop.

A worker runs a round, then waits `--interval` seconds, until SIGTERM or SIGINT
ends it between rounds. While the database is down it reports each failed round
and tries again; run once, the error is raised. Subclasses implement `round()`.
"""

from __future__ import annotations

import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.db.utils import DatabaseError


class WorkerCommand(BaseCommand):
    default_interval = 10.0

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop", action="store_true", help="Keep running (a worker service)."
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=self.default_interval,
            help="Seconds between rounds with --loop (default %(default)s).",
        )

    def handle(self, *args, loop: bool, interval: float, **options):
        self.stopping = False
        if loop:
            signal.signal(signal.SIGTERM, self._stop)
            signal.signal(signal.SIGINT, self._stop)
        while True:
            try:
                self.round(**options)
            except DatabaseError as exc:
                if not loop:
                    raise
                self.stderr.write(f"database unavailable ({type(exc).__name__})")
            if not loop or self.stopping:
                return
            close_old_connections()
            self.wait(interval)
            if self.stopping:
                return

    def round(self, **options) -> None:
        raise NotImplementedError

    def wait(self, interval: float) -> None:
        """Sleep `interval` seconds, in steps of at most one, so that a stop
        signal ends the worker within a second."""
        deadline = time.monotonic() + interval
        while not self.stopping and (left := deadline - time.monotonic()) > 0:
            time.sleep(min(1.0, left))

    def _stop(self, signum, frame) -> None:
        self.stopping = True
