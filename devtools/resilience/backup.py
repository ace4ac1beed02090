"""Backups of the portal: `make backup` and `make restore FILE=…`.

backup   pg_dump (custom format) of DATABASE_URL's database and a tar.gz of
         MEDIA_ROOT, both named with the same UTC timestamp, into BACKUP_DIR
         (default backups/). With DJANGO_STORAGE=s3 the uploads are in the bucket,
         not on this disk: the bucket's own versioning must keep them, and the
         backup says so. The pg_dump used (PG_DUMP, else the one of the server's
         major version in /usr/lib/postgresql/<major>/bin, else pg_dump on PATH)
         must not be older than the server: it cannot dump a newer one.
restore  FILE=<…​.dump> into a fresh database: RESTORE_DATABASE (default
         <name>_restored; refused if it exists, unless RESTORE_REPLACE=1), and the
         media tarball of the same timestamp into RESTORE_MEDIA_ROOT (default
         <MEDIA_ROOT>-restored).
counts   row counts of every table of a database (to compare a restore).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

BASE_DIR = Path(__file__).resolve().parents[2]


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal")


def with_database(url: str, name: str) -> str:
    """The same server and user, another database."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def database_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def media_root() -> Path:
    return Path(os.environ.get("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))


class BackupError(Exception):
    """A backup that cannot be made; the message says what to do."""


def media_on_s3() -> bool:
    return os.environ.get("DJANGO_STORAGE", "local").strip().lower() == "s3"


def s3_media_note() -> str:
    bucket = os.environ.get("AWS_STORAGE_BUCKET_NAME") or "(AWS_STORAGE_BUCKET_NAME)"
    return (
        f"media are NOT in this backup: DJANGO_STORAGE=s3 keeps the uploads in the "
        f"bucket {bucket}. Turn on the bucket's object versioning (with a lifecycle "
        "rule for old versions) so that deleted or overwritten uploads can be "
        "recovered; see docs/deploy.md."
    )


def server_major(url: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.info.server_version // 10000


def pg_dump_program(major: int) -> str:
    """PG_DUMP, else the server's major version's pg_dump if installed, else PATH's."""
    if os.environ.get("PG_DUMP"):
        return os.environ["PG_DUMP"]
    versioned = Path(f"/usr/lib/postgresql/{major}/bin/pg_dump")
    return str(versioned) if versioned.exists() else "pg_dump"


def pg_dump_major(program: str) -> int:
    try:
        output = subprocess.run(  # noqa: S603 - our program, no shell
            [program, "--version"], check=True, capture_output=True, text=True
        ).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        raise BackupError(
            f"{program} cannot be run ({error}); install the PostgreSQL client "
            "(postgresql-client) or set PG_DUMP to its path."
        ) from None
    match = re.search(r"\(PostgreSQL\)\s+(\d+)", output)
    if match is None:
        raise BackupError(f"cannot tell the version of {program}: {output.strip()!r}")
    return int(match.group(1))


def checked_pg_dump(url: str) -> str:
    """The pg_dump to use; refused, saying why, when it is older than the server."""
    major = server_major(url)
    program = pg_dump_program(major)
    dump_major = pg_dump_major(program)
    if dump_major < major:
        raise BackupError(
            f"{program} is version {dump_major}, older than the PostgreSQL {major} "
            f"server, and cannot dump it. Install postgresql-client-{major} (or a "
            f"newer client) and run again, or set PG_DUMP=/usr/lib/postgresql/{major}"
            "/bin/pg_dump."
        )
    return program


def backup(url: str, media: Path, directory: Path) -> tuple[Path, Path | None]:
    """Write <db>-<stamp>.dump and media-<stamp>.tar.gz; return both paths (no
    media archive, None, when the media are on S3)."""
    program = checked_pg_dump(url)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dump = directory / f"{database_name(url)}-{stamp}.dump"
    subprocess.run(  # noqa: S603 - our program, arguments from our settings
        [program, "--format=custom", "--no-owner", f"--file={dump}", url],
        check=True,
    )
    if media_on_s3():
        return dump, None
    archive = media_archive_for(dump)
    with tarfile.open(archive, "w:gz") as tar:
        if media.is_dir():
            tar.add(media, arcname="media")
    return dump, archive


def media_archive_for(dump: Path) -> Path:
    stamp = dump.stem.rsplit("-", 1)[-1]
    return dump.with_name(f"media-{stamp}.tar.gz")


def _admin_connection(url: str):
    return psycopg.connect(with_database(url, "postgres"), autocommit=True)


def database_exists(url: str, name: str) -> bool:
    with _admin_connection(url) as conn:
        row = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
    return row is not None


def drop_database(url: str, name: str) -> None:
    with _admin_connection(url) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)
            )
        )


def restore(
    dump: Path, url: str, target: str, media_target: Path, replace: bool = False
) -> str:
    """Restore a dump into the new database `target` (and its media); return the
    target's URL."""
    if database_exists(url, target):
        if not replace:
            raise SystemExit(
                f"database {target} exists: choose another RESTORE_DATABASE or "
                "set RESTORE_REPLACE=1"
            )
        drop_database(url, target)
    with _admin_connection(url) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(target)))
    target_url = with_database(url, target)
    subprocess.run(  # noqa: S603
        [  # noqa: S607
            "pg_restore",
            "--no-owner",
            "--exit-on-error",
            f"--dbname={target_url}",
            str(dump),
        ],
        check=True,
    )
    archive = media_archive_for(dump)
    if archive.exists():
        if media_target.exists() and replace:
            shutil.rmtree(media_target)
        media_target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive, "r:gz") as tar:
            for member in tar.getmembers():
                if not member.name.startswith("media"):
                    continue
                member.name = member.name.removeprefix("media").lstrip("/") or "."
                tar.extract(member, media_target, filter="data")
    return target_url


def table_counts(url: str) -> dict[str, int]:
    """Row count of every table of the public schema."""
    with psycopg.connect(url) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "ORDER BY tablename"
            )
        ]
        return {
            table: conn.execute(
                sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
            ).fetchone()[0]
            for table in tables
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("backup")
    restore_parser = commands.add_parser("restore")
    restore_parser.add_argument("file", type=Path)
    counts_parser = commands.add_parser("counts")
    counts_parser.add_argument("--database", default="")
    args = parser.parse_args(argv)
    url = database_url()
    if args.command == "backup":
        directory = Path(os.environ.get("BACKUP_DIR", str(BASE_DIR / "backups")))
        try:
            dump, archive = backup(url, media_root(), directory)
        except BackupError as error:
            print(f"backup failed: {error}", file=sys.stderr)
            return 2
        print(f"database: {dump}")
        print(f"media:    {archive}" if archive else f"media:    {s3_media_note()}")
    elif args.command == "restore":
        target = os.environ.get("RESTORE_DATABASE") or f"{database_name(url)}_restored"
        media_target = Path(
            os.environ.get("RESTORE_MEDIA_ROOT") or f"{media_root()}-restored"
        )
        replace = os.environ.get("RESTORE_REPLACE", "") in {"1", "true", "yes"}
        target_url = restore(args.file, url, target, media_target, replace)
        print(f"restored into {target} (media in {media_target})")
        source, restored = table_counts(url), table_counts(target_url)
        differing = {
            t: (source.get(t), restored.get(t))
            for t in source.keys() | restored.keys()
            if source.get(t) != restored.get(t)
        }
        print(
            f"{len(restored)} tables; "
            + ("row counts equal to the live database" if not differing else "")
        )
        for table, (live, copy) in sorted(differing.items()):
            print(f"  {table}: live {live}, restored {copy} (changed since?)")
    else:
        counts = table_counts(
            with_database(url, args.database) if args.database else url
        )
        for table, count in counts.items():
            print(f"{table}\t{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
