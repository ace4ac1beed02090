"""Create the configured PostgreSQL database when it is missing.

Stops with one clear line, not a traceback, when no server answers.
"""

from __future__ import annotations

import sys

import psycopg
from django.conf import settings
from django.core.management.base import BaseCommand
from psycopg import sql

HOW_TO_START = (
    "start the machine's PostgreSQL "
    "(pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) "
    "or run `docker compose up -d db`, or set DATABASE_URL"
)


class Command(BaseCommand):
    help = "Create the database named in DATABASE_URL if it does not exist."

    def handle(self, *args, **options) -> None:
        db = settings.DATABASES["default"]
        params = {
            "host": db.get("HOST") or "127.0.0.1",
            "port": db.get("PORT") or 5432,
            "user": db.get("USER") or "postgres",
            "password": db.get("PASSWORD") or None,
            "connect_timeout": 5,
        }
        name = db["NAME"]
        where = f"{params['host']}:{params['port']}"
        try:
            with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
                exists = conn.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", [name]
                ).fetchone()
                if not exists:
                    conn.execute(
                        sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
                    )
                    self.stdout.write(f"Created database {name} on {where}.")
        except psycopg.OperationalError:
            sys.stderr.write(
                f"No PostgreSQL answers at {where} (DATABASE_URL): {HOW_TO_START}.\n"
            )
            sys.exit(1)
