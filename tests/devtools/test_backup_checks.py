"""`make backup` refuses a pg_dump older than the server, saying what to install,
and says plainly that media on S3 are left to the bucket's versioning."""

from __future__ import annotations

import pytest
from django.db import connection

from devtools.resilience import backup


@pytest.fixture
def url(db):
    return backup.with_database(backup.database_url(), connection.settings_dict["NAME"])


@pytest.fixture
def backup_dir(tmp_path, monkeypatch, url):
    directory = tmp_path / "backups"
    monkeypatch.setenv("BACKUP_DIR", str(directory))
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("DJANGO_MEDIA_ROOT", str(tmp_path / "media"))
    return directory


def _fake_pg_dump(tmp_path, version: str):
    program = tmp_path / "pg_dump"
    program.write_text(f"#!/bin/sh\necho 'pg_dump (PostgreSQL) {version}'\n")
    program.chmod(0o755)
    return program


def test_a_pg_dump_older_than_the_server_fails_with_a_clear_message(
    tmp_path, monkeypatch, backup_dir, capsys
):
    monkeypatch.setenv("PG_DUMP", str(_fake_pg_dump(tmp_path, "11.22")))
    major = connection.pg_version // 10000

    assert backup.main(["backup"]) == 2

    error = capsys.readouterr().err
    assert f"is version 11, older than the PostgreSQL {major} server" in error
    assert f"postgresql-client-{major}" in error
    assert not backup_dir.exists() or not any(backup_dir.iterdir())


def test_a_missing_pg_dump_fails_with_a_clear_message(
    tmp_path, monkeypatch, backup_dir, capsys
):
    monkeypatch.setenv("PG_DUMP", str(tmp_path / "nowhere" / "pg_dump"))
    assert backup.main(["backup"]) == 2
    assert "install the PostgreSQL client" in capsys.readouterr().err


@pytest.mark.django_db(transaction=True)
def test_with_media_on_s3_the_backup_says_the_bucket_must_keep_them(
    monkeypatch, backup_dir, capsys
):
    monkeypatch.setenv("DJANGO_STORAGE", "s3")
    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", "portal-media")

    assert backup.main(["backup"]) == 0

    output = capsys.readouterr().out
    assert "media are NOT in this backup" in output
    assert "bucket portal-media" in output
    assert "versioning" in output
    files = sorted(path.suffix for path in backup_dir.iterdir())
    assert files == [".dump"]


@pytest.mark.django_db(transaction=True)
def test_local_media_are_archived_next_to_the_dump(monkeypatch, backup_dir, capsys):
    monkeypatch.delenv("DJANGO_STORAGE", raising=False)
    assert backup.main(["backup"]) == 0
    assert "media:    " in capsys.readouterr().out
    archives = [p.name for p in backup_dir.iterdir() if p.name.startswith("media-")]
    assert len(archives) == 1
    assert archives[0].endswith(".tar.gz")
