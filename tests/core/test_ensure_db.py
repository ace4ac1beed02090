"""`ensure_db`: creates the database, recreates it on request, and refuses one that
still holds the migration history from before the one-migration-per-app reset."""

from __future__ import annotations

import warnings

import psycopg
import pytest
from django.conf import settings as django_settings
from django.core.management import call_command

NAME = "portal_ensure_db_test"


def _server() -> dict:
    db = django_settings.DATABASES["default"]
    return {
        "host": db.get("HOST") or "127.0.0.1",
        "port": db.get("PORT") or 5432,
        "user": db.get("USER") or "postgres",
        "password": db.get("PASSWORD") or None,
    }


def _exists() -> bool:
    with psycopg.connect(dbname="postgres", autocommit=True, **_server()) as conn:
        return bool(
            conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [NAME]
            ).fetchone()
        )


@pytest.fixture
def side_database(settings):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Overriding setting DATABASES …"
        settings.DATABASES = {
            **settings.DATABASES,
            "default": {**settings.DATABASES["default"], "NAME": NAME},
        }
    yield
    with psycopg.connect(dbname="postgres", autocommit=True, **_server()) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {NAME} WITH (FORCE)")


def _old_history() -> None:
    with psycopg.connect(dbname=NAME, autocommit=True, **_server()) as conn:
        conn.execute("CREATE TABLE django_migrations (app text, name text)")
        conn.execute(
            "INSERT INTO django_migrations VALUES ('enterprises', '0001_initial')"
        )


def test_creates_a_missing_database(side_database, capsys):
    call_command("ensure_db")
    assert _exists()
    assert f"Created database {NAME}" in capsys.readouterr().out


def test_refuses_a_database_migrated_before_the_reset(side_database, capsys):
    call_command("ensure_db")
    _old_history()
    with pytest.raises(SystemExit) as stop:
        call_command("ensure_db")
    assert stop.value.code == 1
    assert "make db-reset" in capsys.readouterr().err


def test_recreate_gives_an_empty_database(side_database):
    call_command("ensure_db")
    _old_history()
    call_command("ensure_db", recreate=True)
    with psycopg.connect(dbname=NAME, autocommit=True, **_server()) as conn:
        assert (
            conn.execute("SELECT to_regclass('django_migrations')").fetchone()[0]
            is None
        )
