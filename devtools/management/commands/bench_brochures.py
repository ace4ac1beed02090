"""Time the PDF profiles: every published district and park, in both languages,
rendered afresh (no cache, no lock) a few times; prints wall and CPU seconds.

    python manage.py bench_brochures [--runs 3]

The first render of a process also loads Pango and the fonts; it is reported
apart. docs/brochures.md records the results on the demo data."""

from __future__ import annotations

import statistics
import time

from django.core.management.base import BaseCommand
from django.test import RequestFactory
from django.utils import translation

from apps.brochures.views import district_document, park_document
from apps.districts.models import District
from apps.parks.models import Park


class Command(BaseCommand):
    help = "Time the district and park PDF profiles (rendered, not cached)."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=3)

    def handle(self, *args, runs: int, **options):
        targets = [
            ("districts", district, district_document)
            for district in District.objects.published()
        ] + [
            ("parks", park, park_document)
            for park in Park.objects.published().select_related("district")
        ]
        wall, cpu = self._render("districts", targets[0][1], district_document, "en")
        self.stdout.write(f"first render of the process: {wall:.2f} s, {cpu:.2f} s CPU")
        for kind, item, document in targets:
            for language in ("en", "zh-hans"):
                times = [
                    self._render(kind, item, document, language) for _run in range(runs)
                ]
                walls = [wall for wall, _cpu in times]
                cpus = [cpu for _wall, cpu in times]
                self.stdout.write(
                    f"{kind}/{item.slug} {language}: "
                    f"median {statistics.median(walls):.2f} s (max {max(walls):.2f}), "
                    f"{statistics.median(cpus):.2f} s CPU"
                )

    def _render(self, kind, item, document, language) -> tuple[float, float]:
        request = RequestFactory().get(
            f"/{language}/profiles/{kind}/{item.slug}.pdf", HTTP_HOST="127.0.0.1"
        )
        with translation.override(language):
            wall, cpu = time.perf_counter(), time.process_time()
            document(request, item)
            return time.perf_counter() - wall, time.process_time() - cpu
