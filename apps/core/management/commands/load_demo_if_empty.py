"""Load the demo content only into a database that holds no content yet, so that a
container start (docker compose) never rewrites what staff have edited."""

from __future__ import annotations

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand

from apps.core.models import Publishable


def holds_content() -> bool:
    """Whether any content (a published or draft item of any kind) exists."""
    return any(
        model.objects.exists()
        for model in apps.get_models()
        if issubclass(model, Publishable) and not model._meta.proxy
    )


class Command(BaseCommand):
    help = "Load the demo content unless the database already holds content."

    def handle(self, *args, **options) -> None:
        if holds_content():
            self.stdout.write("The database holds content already: demo not loaded.")
            return
        call_command("load_demo", stdout=self.stdout, stderr=self.stderr)
