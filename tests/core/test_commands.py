from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    # The browser tests' conftest sets DJANGO_ALLOW_ASYNC_UNSAFE for the test
    # process; a real deployment never has it (check --deploy refuses it).
    inherited = {
        key: value
        for key, value in os.environ.items()
        if key != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**inherited, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_ensure_db_stops_with_one_clear_line_when_no_server_answers():
    result = run_manage(
        "ensure_db", DATABASE_URL="postgres://postgres@127.0.0.1:9/portal"
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "No PostgreSQL answers at 127.0.0.1:9" in lines[0]
    assert "docker compose up -d db" in lines[0]
    assert "Traceback" not in result.stderr


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_DEBUG="0", DJANGO_SECRET_KEY="")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in result.stderr


@pytest.mark.django_db
def test_demo_admin_uses_the_given_password(monkeypatch, capsys):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "correct-horse-battery")
    call_command("ensure_demo_admin")
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser
    assert user.check_password("correct-horse-battery")


@pytest.mark.django_db
def test_demo_admin_prints_a_generated_password_once(monkeypatch, capsys):
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    call_command("ensure_demo_admin")
    first = capsys.readouterr().out
    password = first.strip().rsplit(" / ", 1)[1]
    assert get_user_model().objects.get(username="admin").check_password(password)

    call_command("ensure_demo_admin")
    assert password not in capsys.readouterr().out


def test_production_settings_pass_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="a-long-random-production-secret-" + "x" * 40,
        DJANGO_ALLOWED_HOSTS="invest.example.cn",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
