"""Fill the page cache with the most-read pages, once or whenever content changes."""

from __future__ import annotations

import signal
import time

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections
from django.db.utils import DatabaseError

from apps.core.cache import content_generation
from apps.core.warming import warm_pages


class Command(BaseCommand):
    help = (
        "Render the home page and each section's first page (every language) into "
        "the page cache; with --loop, again after every content change."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop", action="store_true", help="Keep running (a worker service)."
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=5.0,
            help="Seconds between checks for a content change with --loop (default 5).",
        )

    def handle(self, *args, loop: bool, interval: float, **options):
        public_url = settings.PORTAL_PUBLIC_URL
        if not public_url:
            raise CommandError(
                "Set PORTAL_PUBLIC_URL to the address readers use "
                "(e.g. https://invest.example.gov.cn): the page cache keys on it."
            )
        cache_seconds = settings.PORTAL_PAGE_CACHE_SECONDS
        if not cache_seconds:
            raise CommandError("The page cache is off (PORTAL_PAGE_CACHE_SECONDS=0).")
        if isinstance(cache, LocMemCache):
            self.stderr.write(
                "The cache is this process's memory (no REDIS_URL): the web "
                "processes will not see these pages."
            )
        self._stopping = False
        if loop:
            signal.signal(signal.SIGTERM, self._stop)
            signal.signal(signal.SIGINT, self._stop)
        warmed_generation, warmed_at = None, 0.0
        while not self._stopping:
            try:
                generation = content_generation()
                # Again after a content change, and once the pages have expired.
                expired = time.monotonic() - warmed_at >= cache_seconds
                if generation != warmed_generation or expired:
                    self._warm(public_url)
                    warmed_generation, warmed_at = generation, time.monotonic()
            except DatabaseError as exc:
                if not loop:
                    raise
                self.stderr.write(f"database unavailable ({type(exc).__name__})")
            if not loop:
                return
            close_old_connections()
            self._sleep(interval)

    def _warm(self, public_url: str) -> None:
        results = warm_pages(public_url)
        stored = sum(result.cache == "MISS" for result in results)
        failed = [result for result in results if result.status != 200]
        self.stdout.write(f"warmed {stored} of {len(results)} pages")
        for result in failed:
            self.stderr.write(f"{result.path}: {result.status}")

    def _sleep(self, interval: float) -> None:
        waited = 0.0
        while waited < interval and not self._stopping:
            time.sleep(min(1.0, interval))
            waited += 1.0

    def _stop(self, *_args) -> None:
        self._stopping = True
