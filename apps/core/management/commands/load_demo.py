"""Load the demo content taken from the two seed articles; running it twice changes
nothing. Each app registers its loaders in its `demo` module (apps/core/demo.py)."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction

from apps.core.demo import load


class Command(BaseCommand):
    help = "Load (or refresh) the demo content drawn from the seed articles."

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            summary = load()
        for label, count in summary.items():
            self.stdout.write(f"{label}: {count}")
