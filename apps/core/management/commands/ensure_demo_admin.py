"""Create the demo staff account that `make run` prints."""

from __future__ import annotations

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Create the demo superuser 'admin'. The password comes from "
        "DJANGO_SUPERUSER_PASSWORD, or is generated and printed once."
    )

    def handle(self, *args, **options) -> None:
        User = get_user_model()  # noqa: N806
        given = os.environ.get("DJANGO_SUPERUSER_PASSWORD", "")
        user = User.objects.filter(username=USERNAME).first()
        if user is not None:
            if given:
                user.set_password(given)
                user.save(update_fields=["password"])
                self.stdout.write(
                    f"Demo staff account: {USERNAME} (password from "
                    "DJANGO_SUPERUSER_PASSWORD)"
                )
            else:
                self.stdout.write(
                    f"Demo staff account: {USERNAME} (password printed when it was "
                    "created; set DJANGO_SUPERUSER_PASSWORD to reset it)"
                )
            return
        password = given or secrets.token_urlsafe(12)
        User.objects.create_superuser(USERNAME, "admin@localhost", password)
        shown = "from DJANGO_SUPERUSER_PASSWORD" if given else password
        self.stdout.write(f"Demo staff account created: {USERNAME} / {shown}")
