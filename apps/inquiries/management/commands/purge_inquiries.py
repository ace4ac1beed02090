"""Anonymize old closed and spam inquiries (the personal-data retention rule)."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from apps.inquiries.services import inquiry_purge


class Command(BaseCommand):
    help = (
        "Replace the personal details of closed and spam inquiries older than N days "
        "and clear their e-mails."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.PORTAL_INQUIRY_RETENTION_DAYS,
            help="Age in days (default PORTAL_INQUIRY_RETENTION_DAYS, "
            f"{settings.PORTAL_INQUIRY_RETENTION_DAYS}).",
        )

    def handle(self, *args, days: int, **options):
        if days < 0:
            raise CommandError("--days must be zero or more.")
        count = inquiry_purge(days=days)
        self.stdout.write(f"anonymized {count} inquiries older than {days} days")
