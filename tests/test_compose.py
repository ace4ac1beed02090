"""The compose stack's wiring, read from docker-compose.yml, deploy/nginx.conf, the
Dockerfile and .dockerignore (Docker itself is not available where tests run): the
start order, health checks, signals reaching gunicorn, uploads served, and no
secret or personal data in the image."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
APP_SERVICES = ("web", "worker", "warmer")
LONG_RUNNING = ("db", "redis", "web", "worker", "warmer", "nginx")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


@pytest.fixture(scope="module")
def nginx_conf() -> str:
    text = (ROOT / "deploy" / "nginx.conf").read_text()
    return re.sub(r"#[^\n]*", "", text)


def _block(conf: str, opening: str) -> str:
    """The text between the braces of the block that starts with `opening`."""
    start = conf.index(opening)
    depth, i = 0, conf.index("{", start)
    for j in range(i, len(conf)):
        depth += {"{": 1, "}": -1}.get(conf[j], 0)
        if depth == 0:
            return conf[i + 1 : j]
    raise AssertionError(f"unclosed block {opening!r}")


def _command(service: dict) -> list[str]:
    command = service.get("command", [])
    return shlex.split(command) if isinstance(command, str) else list(command)


def _volume(service: dict, target: str) -> str:
    for volume in service.get("volumes", []):
        source, _, rest = volume.partition(":")
        if rest.split(":")[0] == target:
            return source
    raise AssertionError(f"nothing mounted at {target}")


def test_migrations_run_once_before_web_worker_and_warmer(services):
    assert services["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert services["migrate"].get("restart", "no") == "no"
    for name in APP_SERVICES:
        depends = services[name]["depends_on"]
        assert depends["migrate"]["condition"] == "service_completed_successfully"
        assert "migrate" not in " ".join(_command(services[name]))
    assert services["nginx"]["depends_on"]["web"]["condition"] == "service_healthy"


def test_demo_content_is_loaded_only_into_an_empty_database(services):
    commands = {name: " ".join(_command(s)) for name, s in services.items()}
    assert "load_demo_if_empty" in commands["migrate"]
    for command in commands.values():
        assert not re.search(r"load_demo(?!_if_empty)", command)


def test_one_image_is_built_once_and_run_by_every_app_service(services):
    built = [name for name, s in services.items() if "build" in s]
    assert built == ["migrate"]
    image = services["migrate"]["image"]
    for name in APP_SERVICES:
        assert services[name]["image"] == image
        assert services[name]["pull_policy"] == "never"


def test_health_checks_and_restart_policies(services):
    for name in ("db", "redis", "web", "nginx"):
        assert services[name]["healthcheck"]["test"], name
    assert "/healthz" in " ".join(services["web"]["healthcheck"]["test"])
    for name in LONG_RUNNING:
        assert services[name]["restart"] in {"unless-stopped", "always"}, name
    for name in ("db", "redis"):
        for dependant in ("web", "warmer"):
            condition = services[dependant]["depends_on"].get(name, {}).get("condition")
            assert condition in (None, "service_healthy"), (dependant, name)


def test_gunicorn_and_the_workers_run_as_pid_1(services):
    """A shell as PID 1 would swallow SIGTERM: long-running commands are in exec
    form, or the shell execs the program."""
    for name in APP_SERVICES:
        command = _command(services[name])
        if command[0] in {"sh", "bash"}:
            assert command[-1].split("&&")[-1].strip().startswith("exec "), name
        else:
            assert command[0] in {"gunicorn", "python"}, name
    assert _command(services["web"])[0] == "gunicorn"


def test_postgres_matches_ci_and_development(services):
    assert services["db"]["image"] == "postgres:15"


def test_connections_stay_under_the_postgres_limit(services):
    web = services["web"]["environment"]
    workers = int(web["GUNICORN_WORKERS"])
    threads = int(web.get("GUNICORN_THREADS", 1))
    limit = int(
        re.search(r"max_connections=(\d+)", " ".join(_command(services["db"]))).group(1)
    )
    # web + worker + warmer + the one-shot migrate, and superuser headroom.
    assert workers * threads + 3 < limit - 3


def test_worker_sends_mail_and_purges_daily(services):
    command = _command(services["worker"])
    assert command[2:4] == ["send_outbox", "--loop"]
    assert "--purge-daily" in command


def test_only_nginx_is_published_and_the_app_trusts_only_private_ranges(services):
    assert "ports" not in services["web"]
    assert services["nginx"]["ports"]
    trusted = services["web"]["environment"]["PORTAL_TRUSTED_PROXIES"].split(",")
    assert all(
        re.match(r"(10\.|172\.(1[6-9]|2\d|3[01])\.|192\.168\.)", r) for r in trusted
    )


def test_nginx_serves_the_uploads_web_writes(services, nginx_conf):
    media_volume = _volume(services["web"], "/app/media")
    assert _volume(services["nginx"], "/srv/media") == media_volume
    assert any(v.endswith(":/srv/media:ro") for v in services["nginx"]["volumes"])
    static_volume = _volume(services["migrate"], "/app/staticfiles")
    assert _volume(services["nginx"], "/srv/static") == static_volume
    config = _volume(services["nginx"], "/etc/nginx/conf.d/default.conf")
    assert (ROOT / config).resolve() == ROOT / "deploy" / "nginx.conf"

    server = _block(nginx_conf, "server {")
    assert re.search(r"^\s*root /srv;", server, re.MULTILINE)
    media = _block(server, "location /media/")
    assert re.search(r'add_header X-Content-Type-Options "?nosniff"? always;', media)
    static = _block(server, "location /static/")
    assert "nosniff" in static
    assert "proxy_pass http://portal_web;" in _block(server, "location / ")
    assert re.search(r"upstream portal_web \{\s*server web:8000;", nginx_conf)


def test_nginx_takes_the_admins_uploads_and_forwards_the_client(nginx_conf):
    size = re.search(r"client_max_body_size (\d+)m;", nginx_conf)
    assert int(size.group(1)) * 1024 * 1024 == settings.PORTAL_ADMIN_MAX_BODY_BYTES
    assert re.search(
        r"proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;", nginx_conf
    )
    assert "proxy_set_header Host $http_host;" in nginx_conf


def test_nginx_compresses_html_json_and_csv(nginx_conf):
    assert re.search(r"^\s*gzip on;", nginx_conf, re.MULTILINE)
    assert re.search(r"^\s*gzip_proxied any;", nginx_conf, re.MULTILINE)
    types = re.search(r"gzip_types([^;]+);", nginx_conf).group(1).split()
    # text/html is compressed whenever gzip is on.
    assert {"application/json", "text/csv"} <= set(types)


SECRET_NAME = re.compile(r"SECRET|PASSWORD|TOKEN|ACCESS_KEY|PRIVATE", re.IGNORECASE)


def test_the_image_bakes_in_no_secret():
    dockerfile = (ROOT / "Dockerfile").read_text()
    instructions = re.sub(r"\\\n", " ", dockerfile).splitlines()
    for line in instructions:
        if line.startswith(("ENV ", "ARG ", "LABEL ")):
            assert not SECRET_NAME.search(line), line
    assert re.findall(r"^ARG (\w+)", dockerfile, re.MULTILINE) == ["S3"]
    # The one key in the file exists only for collectstatic's process.
    keys = re.findall(r"DJANGO_SECRET_KEY=(\S+)", dockerfile)
    assert keys == ["collectstatic-only"]


def test_the_image_installs_from_the_lock_files_and_runs_gunicorn_in_exec_form():
    dockerfile = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text())
    assert re.search(r"pip install --require-hashes -r \"\$lock\"", dockerfile)
    assert "requirements/main.lock" in dockerfile
    assert "requirements/s3.lock" in dockerfile
    assert "pip install --no-deps ." in dockerfile
    cmd = re.search(r"^CMD (.+)$", dockerfile, re.MULTILINE).group(1)
    assert cmd.startswith('["gunicorn"')


def test_dockerignore_keeps_secrets_and_personal_data_out_of_the_image():
    ignored = {
        line.strip().rstrip("/")
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert {".env", "backups", "media", "media-restored", ".git", ".venv"} <= ignored


def test_compose_passes_secrets_from_the_environment(services):
    env = services["web"]["environment"]
    assert env["DJANGO_SECRET_KEY"].startswith("${DJANGO_SECRET_KEY")
    password = services["migrate"]["environment"]["DJANGO_SUPERUSER_PASSWORD"]
    assert password.startswith("${DJANGO_SUPERUSER_PASSWORD")
