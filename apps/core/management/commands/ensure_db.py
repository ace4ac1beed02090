"""Create the configured PostgreSQL database when it is missing (`--recreate`:
drop it first, for `make db-reset`).

Stops with one clear line, not a traceback, when no server answers, and when the
database still holds the migration history from before the migrations were
squashed into one per app (2026-12): such a database is recreated, not migrated.
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

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--recreate",
            action="store_true",
            help="drop the database first (every row in it is lost)",
        )

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
                if options["recreate"]:
                    conn.execute(
                        sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                            sql.Identifier(name)
                        )
                    )
                    self.stdout.write(f"Dropped database {name} on {where}.")
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
        if _has_old_history(name, params):
            sys.stderr.write(
                f"Database {name} was migrated before the migrations were reset to "
                "one per app: recreate it with `make db-reset` (its rows are lost; "
                "`make backup` first if they matter).\n"
            )
            sys.exit(1)


# Apps and migrations that exist only in the history from before the reset.
OLD_HISTORY = [("enterprises", "0001_initial"), ("core", "0002_directory_name_indexes")]


def _has_old_history(name: str, params: dict) -> bool:
    with psycopg.connect(dbname=name, autocommit=True, **params) as conn:
        table = conn.execute("SELECT to_regclass('django_migrations')").fetchone()[0]
        if table is None:
            return False
        return any(
            conn.execute(
                "SELECT 1 FROM django_migrations WHERE app = %s AND name = %s",
                [app, migration],
            ).fetchone()
            for app, migration in OLD_HISTORY
        )
