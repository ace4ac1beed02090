"""Load synthetic bulk content for performance work: `seed_bulk --scale 1` makes
about half a million rows in both languages. Each content app owns its share
(`apps/<app>/bulk.py`); devtools/bulk.py runs them."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from apps.core.cache import bump_content_generation
from devtools import bulk


class Command(BaseCommand):
    help = (
        "Load synthetic content (slugs 'syn-…', names 'Synthetic …' / '合成…') "
        "for benchmarks. --reset replaces earlier synthetic rows."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--scale", type=float, default=1.0)
        parser.add_argument("--seed", type=int, default=bulk.DEFAULT_SEED)
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete earlier synthetic rows first (otherwise a rerun refuses).",
        )
        parser.add_argument(
            "--if-missing",
            action="store_true",
            help="Do nothing when synthetic rows are already there.",
        )

    def handle(self, *args, scale, seed, reset, if_missing, **options) -> None:
        if scale <= 0 or scale > 10:
            raise CommandError("--scale must be above 0 and at most 10.")
        started = time.monotonic()
        present = bulk.has_synthetic()
        if present and if_missing and not reset:
            self.stdout.write("Synthetic content is already loaded; nothing to do.")
            return
        if present and not reset:
            raise CommandError(
                "Synthetic content is already loaded. Use --reset to replace it."
            )
        verbose = options.get("verbosity", 1) > 1
        log = self.stdout.write if verbose else None
        with transaction.atomic():
            if present:
                bulk.delete_synthetic()
            summary = bulk.generate(scale, seed, log=log)
        bulk.analyze()
        bump_content_generation()
        for label, count in summary.items():
            self.stdout.write(f"{label}: {count}")
        elapsed = time.monotonic() - started
        self.stdout.write(f"Loaded scale {scale:g} in {elapsed:.1f} s.")
