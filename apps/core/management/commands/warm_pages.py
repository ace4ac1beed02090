"""Fill the page cache with the most-read pages, once or whenever content changes."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.core.management.base import CommandError

from apps.core.cache import content_generation
from apps.core.warming import warm_pages
from apps.core.workers import WorkerCommand


class Command(WorkerCommand):
    help = (
        "Render the home page and each section's first page (every language) into "
        "the page cache; with --loop, again after every content change."
    )
    default_interval = 5.0

    def handle(self, *args, **options):
        if not settings.PORTAL_PUBLIC_URL:
            raise CommandError(
                "Set PORTAL_PUBLIC_URL to the address readers use "
                "(e.g. https://invest.example.gov.cn): the page cache keys on it."
            )
        if not settings.PORTAL_PAGE_CACHE_SECONDS:
            raise CommandError("The page cache is off (PORTAL_PAGE_CACHE_SECONDS=0).")
        if isinstance(cache, LocMemCache):
            self.stderr.write(
                "The cache is this process's memory (no REDIS_URL): the web "
                "processes will not see these pages."
            )
        self.warmed_generation, self.warmed_at = None, 0.0
        super().handle(*args, **options)

    def round(self, **options) -> None:
        # Again after a content change, and once the pages have expired.
        generation = content_generation()
        expired = (
            time.monotonic() - self.warmed_at >= settings.PORTAL_PAGE_CACHE_SECONDS
        )
        if generation == self.warmed_generation and not expired:
            return
        results = warm_pages(settings.PORTAL_PUBLIC_URL)
        self.warmed_generation, self.warmed_at = generation, time.monotonic()
        stored = sum(result.cache == "MISS" for result in results)
        self.stdout.write(f"warmed {stored} of {len(results)} pages")
        for result in results:
            if result.status != 200:
                self.stderr.write(f"{result.path}: {result.status}")
