from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    """Development and measurement tools: the benchmark views (routed only with
    PORTAL_BENCH_ENABLED), seed_bulk, and the bench and resilience scripts."""

    name = "devtools"
    verbose_name = "Development tools"
