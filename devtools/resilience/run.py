"""`make resilience`: load, fault and soak scenarios against a real gunicorn on
127.0.0.1, with their measured results written to docs/reliability.md.

Everything stays on the loopback interface, every loop is bounded in time, and the
run stops by itself. It uses its own database (<DATABASE_URL's name>_run, dropped
and migrated afresh) and a local SMTP sink; the only shared thing it touches is the
PostgreSQL server, which the outage scenario stops for OUTAGE_SECONDS and always
starts again.

Environment (defaults in brackets):
  RESILIENCE_SCENARIOS  comma list of scenarios to run [all: load,outage,mail,hang,
                        crash,soak,backup], e.g. RESILIENCE_SCENARIOS=hang
  RESILIENCE_PORT [8177]  LOAD_CLIENTS [100]  LOAD_SECONDS [120]
  HANG_CLIENTS [20]  HANG_SECONDS [60]  HANG_PAUSE [5]  HANG_CONTROL_SECONDS [30]
  HANG_DELIVER_SECONDS [300]
  OUTAGE_SECONDS [10]  CRASH_SECONDS [60]  CRASH_EVERY [5]  SOAK_SECONDS [240]
  GUNICORN_WORKERS [4]  RESILIENCE_REPORT [docs/reliability.md]
"""

from __future__ import annotations

import asyncio
import contextlib
import email
import os
import platform
import random
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from devtools.resilience import backup

BASE_DIR = Path(__file__).resolve().parents[2]
PY = str(BASE_DIR / ".venv" / "bin" / "python")
GUNICORN = str(BASE_DIR / ".venv" / "bin" / "gunicorn")
PORT = int(os.environ.get("RESILIENCE_PORT", "8177"))
BASE = f"http://127.0.0.1:{PORT}"
SMTP_PORT = PORT + 1000
WORKERS = int(os.environ.get("GUNICORN_WORKERS", "4"))

CSRF_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STARTED_RE = re.compile(r'name="started" value="([^"]*)"')
REFERENCE_RE = re.compile(r'class="inquiry-reference">([^<]+)<')
PAGES = ["/en/", "/en/parks/", "/en/news/", "/en/districts/", "/en/events/"]


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, str(default)))


def log(message: str) -> None:
    print(f"[{datetime.now(UTC).strftime('%H:%M:%S')}] {message}", flush=True)


# --- The run's database, mail sink and server ---------------------------------------


SOURCE_URL = backup.database_url()
RUN_DB = f"{backup.database_name(SOURCE_URL)}_run"
RUN_URL = backup.with_database(SOURCE_URL, RUN_DB)


def server_env(workdir: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PORTAL_", "GUNICORN_"))
    }
    env.update(
        DATABASE_URL=RUN_URL,
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(40),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_SECURE_HSTS_SECONDS="0",
        DJANGO_MEDIA_ROOT=str(workdir / "media"),
        DJANGO_EMAIL_HOST="127.0.0.1",
        DJANGO_EMAIL_PORT=str(SMTP_PORT),
        DJANGO_EMAIL_TIMEOUT="3",
        DJANGO_DB_CONNECT_TIMEOUT="2",
        DJANGO_LOG_LEVEL="ERROR",
        PORTAL_INQUIRY_MIN_SECONDS="0",
        PORTAL_INQUIRY_RATE_LIMIT="0",
        PORTAL_OUTBOX_RETRY_SECONDS="1",
        GUNICORN_BIND=f"127.0.0.1:{PORT}",
        GUNICORN_WORKERS=str(WORKERS),
        GUNICORN_ACCESSLOG=str(workdir / "access.log"),
        GUNICORN_TIMEOUT="30",
    )
    return env


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(  # noqa: S603
        [PY, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result.stdout


def prepare_database(env: dict[str, str]) -> None:
    backup.drop_database(SOURCE_URL, RUN_DB)
    with backup._admin_connection(SOURCE_URL) as conn:
        conn.execute(f'CREATE DATABASE "{RUN_DB}"')
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput", "-v", "0")


class SmtpSink:
    """A local SMTP server that keeps what it receives; can be stopped and started."""

    def __init__(self, port: int):
        self.port = port
        self.messages: list[bytes] = []
        self.lock = threading.Lock()
        self.controller = None

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # noqa: N802
                with sink.lock:
                    sink.messages.append(envelope.content)
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


class HangingSmtp:
    """A mail server that accepts every connection and never answers: the worst
    outage, since a client waits for its whole timeout on each attempt."""

    def __init__(self, port: int):
        self.port = port
        self.accepted = 0
        self.server: socket.socket | None = None
        self.held: list[socket.socket] = []
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self.server = socket.create_server(("127.0.0.1", self.port), backlog=128)
        self.server.settimeout(0.2)
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while self.server is not None:
            try:
                connection, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted += 1
            self.held.append(connection)

    def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            server.close()
        if self.thread is not None:
            self.thread.join(timeout=5)
        for connection in self.held:
            with contextlib.suppress(OSError):
                connection.close()
        self.held.clear()


class Worker:
    """`manage.py send_outbox --loop`, the compose `worker` service."""

    def __init__(self, env: dict[str, str], workdir: Path):
        self.env = env
        self.log = workdir / "worker.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603
            [PY, "manage.py", "send_outbox", "--loop", "--interval", "1"],
            cwd=BASE_DIR,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=open(self.log, "a"),  # noqa: SIM115
        )

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class Gunicorn:
    def __init__(self, env: dict[str, str], **overrides: str):
        self.env = {**env, **overrides}
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603
            [GUNICORN, "portal.wsgi", "-c", "gunicorn.conf.py"],
            cwd=BASE_DIR,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=open(Path(self.env["GUNICORN_ACCESSLOG"]).with_suffix(".err"), "a"),  # noqa: SIM115
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                healthy = httpx.get(f"{BASE}/healthz", timeout=2).status_code == 200
                if healthy and len(self.workers()) == WORKERS:
                    return
            time.sleep(0.3)
        raise RuntimeError("gunicorn did not start")

    def workers(self) -> list[int]:
        """The master's worker processes (children), from /proc."""
        pids = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            with contextlib.suppress(OSError):
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == self.process.pid:
                    pids.append(int(entry.name))
        return sorted(pids)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def open_db_connections() -> int:
    with psycopg.connect(SOURCE_URL) as conn:
        return conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s", [RUN_DB]
        ).fetchone()[0]


def pg_cluster(action: str) -> None:
    version = sorted(os.listdir("/etc/postgresql"))[0]
    command = ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action]
    if action == "stop":
        command += ["-m", "fast"]
    # Another user of the shared server may have started it already: then
    # "start" fails, and pg_ready() says whether it is up.
    subprocess.run(command, check=action == "stop", timeout=60)  # noqa: S603


def pg_ready() -> bool:
    return (
        subprocess.run(
            ["pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q"],  # noqa: S607
            check=False,
            timeout=5,
        ).returncode
        == 0
    )


# --- The load client --------------------------------------------------------------


@dataclass
class Record:
    start: float
    end: float
    kind: str  # "page", "inquiry", "healthz"
    status: int | None  # None: no answer (connection error or timeout)
    body_ok: bool = True  # a 5xx page is the friendly one, not a traceback


@dataclass
class Load:
    records: list[Record] = field(default_factory=list)
    acknowledged: dict[str, str] = field(default_factory=dict)  # marker -> reference
    bad_bodies: list[str] = field(default_factory=list)

    def add(self, record: Record) -> None:
        self.records.append(record)

    def statuses(self, kind: str | None = None) -> Counter:
        return Counter(r.status for r in self.records if kind is None or r.kind == kind)

    def five_xx(self) -> int:
        return sum(1 for r in self.records if r.status and r.status >= 500)

    def successes_between(self, start: float, end: float) -> int:
        return sum(
            1
            for r in self.records
            if r.status is not None and r.status < 400 and start <= r.end < end
        )


async def _request(load: Load, client, kind: str, method: str, url: str, **kwargs):
    start = time.monotonic()
    try:
        response = await client.request(method, url, **kwargs)
    except httpx.HTTPError:
        load.add(Record(start, time.monotonic(), kind, None))
        return None
    body_ok = True
    if response.status_code >= 500:
        text = response.text
        body_ok = "Temporarily unavailable" in text and "Traceback" not in text
        if not body_ok:
            load.bad_bodies.append(f"{response.status_code} {url}: {text[:200]!r}")
    load.add(Record(start, time.monotonic(), kind, response.status_code, body_ok))
    return response


async def submit_inquiry(load: Load, client: httpx.AsyncClient, marker: str) -> None:
    """Open the form, post it with its CSRF token and a unique marker, follow the
    redirect and note the reference the thanks page shows."""
    form = await _request(load, client, "page", "GET", "/en/contact/")
    if form is None or form.status_code != 200:
        return
    csrf = CSRF_RE.search(form.text)
    started = STARTED_RE.search(form.text)
    if not csrf:
        return
    data = {
        "csrfmiddlewaretoken": csrf.group(1),
        "started": started.group(1) if started else "",
        "kind": "general",
        "name": "Load Test",
        "email": f"{marker}@load.example",
        "language": "en",
        "district": "",
        "industry": "",
        "message": f"Resilience run, marker {marker}.",
        "consent": "on",
        "website": "",
    }
    posted = await _request(load, client, "inquiry", "POST", "/en/contact/", data=data)
    if posted is None or posted.status_code != 302:
        return
    thanks = await _request(load, client, "page", "GET", posted.headers["location"])
    if thanks is not None and (match := REFERENCE_RE.search(thanks.text)):
        load.acknowledged[marker] = match.group(1).strip()


async def paced_senders(
    load: Load, clients: int, seconds: float, tag: str, pause: float
) -> None:
    """`clients` people each sending an inquiry, then about `pause` seconds later
    the next one (a form takes a while to fill in); each is a new visitor (cookies
    cleared) on one connection, so the load client spends little CPU. Start and
    pauses are spread at random, as independent people's are: senders moving in
    step would measure their own queue, 20 posts arriving in the same instant."""
    deadline = time.monotonic() + seconds
    chance = random.Random(f"{tag}-{clients}")  # noqa: S311 - timing, not security

    async def one(number: int) -> None:
        count = 0
        async with new_client() as client:
            await asyncio.sleep(chance.uniform(0, pause))
            while time.monotonic() < deadline:
                client.cookies.clear()
                await submit_inquiry(load, client, f"{tag}-{number}-{count}")
                count += 1
                wait = chance.uniform(0.5, 1.5) * pause
                await asyncio.sleep(min(wait, max(deadline - time.monotonic(), 0)))

    await asyncio.gather(*(one(n) for n in range(clients)))


def post_latencies(records: list[Record]) -> tuple[int, float, float]:
    """How many form posts, their median and 99th percentile in seconds."""
    latencies = sorted(r.end - r.start for r in records if r.kind == "inquiry")
    if not latencies:
        return 0, 0.0, 0.0
    p99 = latencies[min(int(len(latencies) * 0.99), len(latencies) - 1)]
    return len(latencies), statistics.median(latencies), p99


def new_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=BASE,
        timeout=httpx.Timeout(30.0),
        limits=httpx.Limits(max_connections=2),
        follow_redirects=False,
    )


async def inquiry_clients(load: Load, clients: int, seconds: float, tag: str) -> None:
    deadline = time.monotonic() + seconds

    async def one(number: int) -> None:
        count = 0
        while time.monotonic() < deadline:
            async with new_client() as client:  # a new visitor, new cookies
                await submit_inquiry(load, client, f"{tag}-{number}-{count}")
            count += 1

    await asyncio.gather(*(one(n) for n in range(clients)))


async def mixed_clients(
    load: Load, clients: int, seconds: float, tag: str, inquiry_every: int = 5
) -> None:
    deadline = time.monotonic() + seconds

    async def one(number: int) -> None:
        async with new_client() as client:
            count = 0
            while time.monotonic() < deadline:
                if count % inquiry_every == inquiry_every - 1:
                    client.cookies.clear()
                    await submit_inquiry(load, client, f"{tag}-{number}-{count}")
                    # Browse on as a new anonymous visitor: the thanks page leaves a
                    # session cookie, which (rightly) bypasses the page cache, and
                    # the mix of cached and uncached pages must not drift over the
                    # run, or throughput before and after a fault is not comparable.
                    client.cookies.clear()
                else:
                    await _request(load, client, "page", "GET", PAGES[count % 5])
                    await asyncio.sleep(0)
                count += 1

    await asyncio.gather(*(one(n) for n in range(clients)))


def check_inquiries(acknowledged: dict[str, str], like: str) -> dict:
    """Every acknowledged marker is in the database exactly once, with the
    reference the browser was shown."""
    with psycopg.connect(RUN_URL) as conn:
        rows = conn.execute(
            "SELECT email, reference FROM inquiries_inquiry WHERE email LIKE %s",
            [f"{like}%"],
        ).fetchall()
    stored = Counter(email.split("@")[0] for email, _ in rows)
    references = {email.split("@")[0]: ref for email, ref in rows}
    missing = [m for m in acknowledged if stored[m] == 0]
    duplicated = [m for m, n in stored.items() if n > 1]
    wrong = [m for m, ref in acknowledged.items() if references.get(m, ref) != ref]
    return {
        "acknowledged": len(acknowledged),
        "stored": len(rows),
        "missing": len(missing),
        "duplicated": len(duplicated),
        "wrong_reference": len(wrong),
        "stored_not_acknowledged": len(set(stored) - set(acknowledged)),
    }


# --- Scenarios ----------------------------------------------------------------------


@dataclass
class Result:
    scenario: str
    passed: bool
    numbers: str
    command: str = "make resilience"


def scenario_load(env: dict[str, str]) -> Result:
    clients = env_int("LOAD_CLIENTS", 100)
    seconds = env_int("LOAD_SECONDS", 120)
    server = Gunicorn(env)
    server.start()
    load = Load()
    try:
        started = time.monotonic()
        asyncio.run(inquiry_clients(load, clients, seconds, "load"))
        elapsed = time.monotonic() - started
    finally:
        server.stop()
    check = check_inquiries(load.acknowledged, "load-")
    latencies = sorted(r.end - r.start for r in load.records if r.kind == "inquiry")
    p95 = latencies[int(len(latencies) * 0.95)] if latencies else 0
    passed = (
        load.five_xx() == 0
        and check["missing"] == 0
        and check["duplicated"] == 0
        and check["wrong_reference"] == 0
        and check["acknowledged"] > 0
    )
    numbers = (
        f"{clients} clients x {elapsed:.0f} s: {check['acknowledged']} inquiries "
        f"acknowledged ({check['acknowledged'] / elapsed:.1f}/s), "
        f"{check['missing']} missing, {check['duplicated']} duplicated, "
        f"{check['wrong_reference']} with a wrong reference; "
        f"{len(load.records)} requests, 5xx: {load.five_xx()}, "
        f"no answer: {load.statuses()[None]}; post p95 {p95 * 1000:.0f} ms"
    )
    return Result("Inquiry integrity under load", passed, numbers)


WARM_UP = 25


def scenario_outage(env: dict[str, str]) -> Result:
    outage = env_int("OUTAGE_SECONDS", 10)
    clients = 20
    server = Gunicorn(env)
    server.start()
    load = Load()
    health: list[tuple[float, float, int | None]] = []
    marks: dict[str, float] = {}

    async def health_poller(seconds: float) -> None:
        async with httpx.AsyncClient(base_url=BASE, timeout=5) as client:
            end = time.monotonic() + seconds
            while (sent := time.monotonic()) < end:
                try:
                    status = (await client.get("/healthz")).status_code
                except httpx.HTTPError:
                    status = None
                health.append((sent, time.monotonic(), status))
                await asyncio.sleep(0.5)

    async def fault() -> None:
        # Long enough for every page to be cached and the load to be steady, so
        # the throughput measured before the fault is the steady state.
        await asyncio.sleep(WARM_UP)
        marks["stop"] = time.monotonic()
        await asyncio.to_thread(pg_cluster, "stop")
        marks["stopped"] = time.monotonic()
        try:
            # The server is shared: stop waiting if someone else started it.
            end = time.monotonic() + outage
            while time.monotonic() < end and not await asyncio.to_thread(pg_ready):
                await asyncio.sleep(0.2)
        finally:
            # The outage ends here: PostgreSQL may accept connections any moment.
            marks["starting"] = time.monotonic()
            if not await asyncio.to_thread(pg_ready):
                await asyncio.to_thread(pg_cluster, "start")
        while not await asyncio.to_thread(pg_ready):
            await asyncio.sleep(0.1)
        marks["ready"] = time.monotonic()

    async def main() -> None:
        total = WARM_UP + outage + 30
        await asyncio.gather(
            mixed_clients(load, clients, total, "outage"),
            health_poller(total),
            fault(),
        )

    try:
        asyncio.run(main())
    finally:
        if not pg_ready():
            pg_cluster("start")
        server.stop()
    stop, starting, ready = marks["stopped"], marks["starting"], marks["ready"]
    before = load.successes_between(marks["stop"] - 12, marks["stop"] - 2) / 10
    after_window = load.successes_between(ready + 10, ready + 20) / 10
    recovered_in = None
    for second in range(0, 20):
        if load.successes_between(ready + second, ready + second + 1) >= 0.95 * before:
            recovered_in = second + 1
            break
    series = [
        load.successes_between(second, second + 1)
        for second in range(int(marks["stop"]) - 12, int(ready) + 21)
    ]
    log(f"  successes per second from 12 s before the stop: {series}")
    # A request sent after the stop and answered before the start saw no database.
    during = [r for r in load.records if stop <= r.start and r.end < starting]
    during_statuses = Counter(r.status for r in during)
    healthz_down = [s for sent, got, s in health if stop <= sent and got < starting]
    check = check_inquiries(load.acknowledged, "outage-")
    passed = (
        during_statuses.get(500, 0) == 0
        and not load.bad_bodies
        and all(s in (503, None) for s in healthz_down)
        and healthz_down.count(503) > 0
        # Pages the page cache holds are still served (200) while the database
        # is away; everything else is the friendly 503.
        and set(during_statuses) <= {200, 503}
        and during_statuses.get(503, 0) > 0
        and after_window >= 0.95 * before
        and check["missing"] == 0
        and check["duplicated"] == 0
        and load.five_xx() == load.statuses()[503]
    )
    numbers = (
        f"PostgreSQL down {starting - stop:.1f} s (accepting again "
        f"{ready - stop:.1f} s after the stop) under {clients} clients; during it: "
        f"{dict(during_statuses)} (500: {during_statuses.get(500, 0)}, "
        f"tracebacks: {len(load.bad_bodies)}), /healthz {Counter(healthz_down)}; "
        f"throughput before {before:.1f}/s, 10-20 s after ready {after_window:.1f}/s "
        f"({after_window / before * 100 if before else 0:.0f}%), back to ≥95% "
        f"{recovered_in} s after ready; {check['acknowledged']} acknowledged, "
        f"{check['missing']} missing, {check['duplicated']} duplicated"
    )
    return Result("Database outage mid-load", passed, numbers)


def scenario_mail(env: dict[str, str], sink: SmtpSink) -> Result:
    count = 30
    sink.stop()
    server = Gunicorn(env)
    server.start()
    load = Load()
    try:

        async def send() -> None:
            async def one(n: int) -> None:
                async with new_client() as client:
                    await submit_inquiry(load, client, f"mail-{n}")

            await asyncio.gather(*(one(n) for n in range(count)))

        asyncio.run(send())
    finally:
        server.stop()
    check = check_inquiries(load.acknowledged, "mail-")
    with psycopg.connect(RUN_URL) as conn:
        pending_before = conn.execute(
            "SELECT count(*) FROM inquiries_outboxmessage o JOIN inquiries_inquiry i "
            "ON i.id = o.inquiry_id "
            "WHERE i.email LIKE 'mail-%' AND o.status = 'pending'"
        ).fetchone()[0]
    sink.start()

    def delivered() -> list[tuple[str, str]]:
        with sink.lock:
            parsed = [email.message_from_bytes(m) for m in sink.messages]
        return [
            (str(m["To"]), str(m["Subject"]))
            for m in parsed
            if "mail-" in str(m["To"]) + str(m["Reply-To"])
        ]

    time.sleep(1.5)  # the first retry is due PORTAL_OUTBOX_RETRY_SECONDS later
    manage(env, "send_outbox")
    first = len(delivered())
    manage(env, "send_outbox")
    second = len(delivered()) - first
    distinct = len(set(delivered()))
    with psycopg.connect(RUN_URL) as conn:
        statuses = dict(
            conn.execute(
                "SELECT o.status, count(*) FROM inquiries_outboxmessage o "
                "JOIN inquiries_inquiry i ON i.id = o.inquiry_id "
                "WHERE i.email LIKE 'mail-%' GROUP BY o.status"
            ).fetchall()
        )
    passed = (
        check["acknowledged"] == count
        and check["stored"] == count
        and load.five_xx() == 0
        and pending_before == 2 * count
        and first == 2 * count
        and second == 0
        and distinct == 2 * count
        and statuses == {"sent": 2 * count}
    )
    numbers = (
        f"SMTP down: {check['acknowledged']}/{count} inquiries acknowledged, "
        f"{check['stored']} stored, 5xx: {load.five_xx()}, {pending_before} mails "
        f"pending; SMTP back: send_outbox delivered {first} ({distinct} distinct), "
        f"a second run {second}; outbox now {statuses}"
    )
    return Result("Mail server down", passed, numbers)


def _delivered(sink: SmtpSink, tag: str) -> list[tuple[str, str]]:
    """(To, Subject) of every message the sink received for inquiries `tag`-…."""
    with sink.lock:
        parsed = [email.message_from_bytes(m) for m in sink.messages]
    return [
        (str(m["To"]), str(m["Subject"]))
        for m in parsed
        if f"{tag}-" in str(m["To"]) + str(m["Reply-To"])
    ]


def _outbox_statuses(tag: str) -> dict[str, int]:
    with psycopg.connect(RUN_URL) as conn:
        return dict(
            conn.execute(
                "SELECT o.status, count(*) FROM inquiries_outboxmessage o "
                "JOIN inquiries_inquiry i ON i.id = o.inquiry_id "
                "WHERE i.email LIKE %s GROUP BY o.status",
                [f"{tag}-%"],
            ).fetchall()
        )


def scenario_hang(env: dict[str, str], sink: SmtpSink, workdir: Path) -> Result:
    """A mail server that accepts connections and never answers, under
    HANG_CLIENTS senders for HANG_SECONDS; then it recovers and the worker must
    deliver every mail once. The same senders first run HANG_CONTROL_SECONDS
    against a working mail server: the latency the machine gives anyway."""
    clients = env_int("HANG_CLIENTS", 20)
    seconds = env_int("HANG_SECONDS", 60)
    control_seconds = env_int("HANG_CONTROL_SECONDS", 30)
    deliver_within = env_int("HANG_DELIVER_SECONDS", 300)
    # Seconds between two inquiries of one sender: 20 senders then post about four
    # inquiries a second, some 14,000 an hour, far beyond what the office gets.
    pause = float(os.environ.get("HANG_PAUSE", "5"))
    # No message may give up during the outage: the point is delivery afterwards.
    env = {**env, "PORTAL_OUTBOX_MAX_ATTEMPTS": "100"}
    hanging = HangingSmtp(SMTP_PORT)
    server = Gunicorn(env)
    worker = Worker(env, workdir)
    control, load = Load(), Load()
    try:
        server.start()
        worker.start()
        # Every gunicorn worker renders the form once before anything is measured.
        asyncio.run(paced_senders(Load(), WORKERS, 1, "warm", 0))
        asyncio.run(paced_senders(control, clients, control_seconds, "ctrl", pause))
        sink.stop()
        hanging.start()
        started = time.monotonic()
        asyncio.run(paced_senders(load, clients, seconds, "hang", pause))
        elapsed = time.monotonic() - started
        server.stop()
        accepted = hanging.accepted
        statuses_during = _outbox_statuses("hang")
        hanging.stop()
        sink.start()
        recovered = time.monotonic()
        expected = sum(statuses_during.values())
        while time.monotonic() - recovered < deliver_within:
            if len(_delivered(sink, "hang")) >= expected:
                break
            time.sleep(1)
        delivered_in = time.monotonic() - recovered
        # Anything sent twice would show up in these few seconds more.
        time.sleep(3)
    finally:
        worker.stop()
        server.stop()
        hanging.stop()
        if sink.controller is None:
            sink.start()
    check = check_inquiries(load.acknowledged, "hang-")
    posts, p50, p99 = post_latencies(load.records)
    control_posts, control_p50, control_p99 = post_latencies(control.records)
    errors = sum(1 for r in load.records if r.status is None or r.status >= 400)
    delivered = _delivered(sink, "hang")
    distinct = len(set(delivered))
    statuses = _outbox_statuses("hang")
    mails = 2 * check["stored"]
    passed = (
        errors == 0
        and posts > 0
        and all(r.status == 302 for r in load.records if r.kind == "inquiry")
        and p99 < 0.5
        and check["missing"] == 0
        and check["duplicated"] == 0
        and check["stored"] == check["acknowledged"]
        and statuses_during.get("sent", 0) == 0
        and len(delivered) == mails
        and distinct == mails
        and statuses == {"sent": mails}
    )
    numbers = (
        f"SMTP accepting and never answering ({accepted} connections held), "
        f"{clients} senders x {elapsed:.0f} s ({pause:g} s between two inquiries "
        f"of a sender): {posts} posts, errors {errors}, POST p50 {p50 * 1000:.0f} "
        f"ms, p99 {p99 * 1000:.0f} ms (same senders, mail server working: "
        f"{control_posts} posts, p50 {control_p50 * 1000:.0f} ms, p99 "
        f"{control_p99 * 1000:.0f} ms); {check['acknowledged']} acknowledged, "
        f"{check['stored']} stored, {check['missing']} missing; outbox during the "
        f"outage {statuses_during}; after recovery the worker delivered "
        f"{len(delivered)} of {mails} mails ({distinct} distinct) in "
        f"{delivered_in:.0f} s; outbox now {statuses}"
    )
    return Result("Mail server hangs", passed, numbers)


def scenario_crash(env: dict[str, str]) -> Result:
    seconds = env_int("CRASH_SECONDS", 60)
    every = env_int("CRASH_EVERY", 5)
    server = Gunicorn(env)
    server.start()
    load = Load()
    kills: list[int] = []
    replaced: list[bool] = []

    async def killer() -> None:
        end = time.monotonic() + seconds
        await asyncio.sleep(every)
        while time.monotonic() < end - 1:
            workers = server.workers()
            victim = secrets.choice(workers)
            os.kill(victim, signal.SIGKILL)
            kills.append(victim)
            await asyncio.sleep(every)
            now = server.workers()
            replaced.append(len(now) == WORKERS and victim not in now)

    async def main() -> None:
        await asyncio.gather(
            mixed_clients(load, 10, seconds, "crash", inquiry_every=4), killer()
        )

    try:
        asyncio.run(main())
        alive = server.process.poll() is None and len(server.workers()) == WORKERS
    finally:
        server.stop()
    failed = sum(1 for r in load.records if r.status is None or r.status >= 500)
    check = check_inquiries(load.acknowledged, "crash-")
    passed = (
        alive
        and all(replaced)
        and failed <= len(kills)
        and check["missing"] == 0
        and check["duplicated"] == 0
    )
    numbers = (
        f"{len(kills)} kill -9 in {seconds} s under 10 clients: "
        f"{sum(replaced)}/{len(replaced)} replaced by the master, "
        f"{failed} of {len(load.records)} requests failed "
        f"({failed / max(len(kills), 1):.2f} per kill); "
        f"{check['acknowledged']} inquiries acknowledged, {check['missing']} missing"
    )
    return Result("Worker crash (kill -9)", passed, numbers)


def scenario_soak(env: dict[str, str]) -> Result:
    seconds = env_int("SOAK_SECONDS", 240)
    # No recycling during the soak, so a leak would show instead of being reset.
    server = Gunicorn(env, GUNICORN_MAX_REQUESTS="0")
    server.start()
    try:
        # The maximum: 32 closed-loop clients on the pages for 15 s.
        probe = Load()
        asyncio.run(mixed_clients(probe, 32, 15, "max", inquiry_every=10**9))
        maximum = probe.successes_between(0, float("inf")) / 15
        rate = maximum / 2
        # Warm up, then the baseline.
        asyncio.run(open_loop(Load(), rate, 10))
        workers = server.workers()
        rss_start = {pid: rss_kib(pid) for pid in workers}
        connections_start = open_db_connections()
        load = Load()
        asyncio.run(open_loop(load, rate, seconds))
        rss_end = {pid: rss_kib(pid) for pid in server.workers()}
        connections_end = open_db_connections()
    finally:
        server.stop()
    growth = {
        pid: (rss_end[pid] - rss_start[pid]) / rss_start[pid] * 100
        for pid in workers
        if pid in rss_end and rss_start[pid]
    }
    achieved = load.successes_between(0, float("inf")) / seconds
    worst = max(growth.values()) if growth else float("nan")
    passed = (
        len(growth) == len(workers)
        and worst < 10
        and connections_end <= connections_start
        and load.five_xx() == 0
        and load.statuses()[None] == 0
    )
    numbers = (
        f"maximum {maximum:.0f} req/s; soak {seconds} s at {rate:.0f} req/s "
        f"(achieved {achieved:.1f}/s, {len(load.records)} requests, 5xx "
        f"{load.five_xx()}); RSS growth per worker "
        f"{', '.join(f'{g:+.1f}%' for g in growth.values())} (start "
        f"{statistics.mean(rss_start.values()) / 1024:.0f} MiB); DB connections "
        f"{connections_start} → {connections_end}"
    )
    return Result(f"Soak ({seconds // 60} min at half the maximum)", passed, numbers)


async def open_loop(load: Load, rate: float, seconds: float) -> None:
    """Requests at a fixed rate whatever the answers' speed (at most 64 open)."""
    gate = asyncio.Semaphore(64)
    interval = 1 / max(rate, 0.1)
    tasks = []
    async with httpx.AsyncClient(
        base_url=BASE, timeout=30, limits=httpx.Limits(max_connections=64)
    ) as client:

        async def one(url: str) -> None:
            async with gate:
                await _request(load, client, "page", "GET", url)

        start = time.monotonic()
        n = 0
        while (now := time.monotonic()) < start + seconds:
            tasks.append(asyncio.create_task(one(PAGES[n % len(PAGES)])))
            n += 1
            await asyncio.sleep(max(0, start + n * interval - now))
        await asyncio.gather(*tasks)


def scenario_backup(env: dict[str, str]) -> Result:
    target = f"{RUN_DB}_restored"
    with tempfile.TemporaryDirectory() as tmp:
        media = Path(env["DJANGO_MEDIA_ROOT"])
        media.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        dump, _ = backup.backup(RUN_URL, media, Path(tmp))
        took_backup = time.monotonic() - started
        started = time.monotonic()
        try:
            restored_url = backup.restore(
                dump, RUN_URL, target, Path(tmp) / "media", replace=True
            )
            took_restore = time.monotonic() - started
            source = backup.table_counts(RUN_URL)
            restored = backup.table_counts(restored_url)
        finally:
            backup.drop_database(SOURCE_URL, target)
        size = dump.stat().st_size
    differing = [t for t in source if source[t] != restored.get(t)]
    passed = bool(source) and not differing and set(source) == set(restored)
    numbers = (
        f"{len(source)} tables, {sum(source.values())} rows; dump "
        f"{size / 1024:.0f} KiB in {took_backup:.1f} s, restore into a fresh "
        f"database in {took_restore:.1f} s; tables with different row counts: "
        f"{len(differing)}"
    )
    return Result(
        "Backup and restore", passed, numbers, "make backup; make restore FILE=…"
    )


# --- Report -------------------------------------------------------------------------


def machine() -> str:
    memory = "?"
    with contextlib.suppress(OSError):
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    return (
        f"{platform.node()}: {os.cpu_count()} cores, {memory} RAM, "
        f"{platform.system()} {platform.release()}, Python "
        f"{platform.python_version()}, gunicorn {WORKERS} sync workers"
    )


def write_report(results: list[Result], took: float) -> Path:
    """Replace the rows of the scenarios just run in the results table, keeping
    the others (a partial run, RESILIENCE_SCENARIOS=…, updates only its rows)."""
    path = Path(
        os.environ.get("RESILIENCE_REPORT", str(BASE_DIR / "docs" / "reliability.md"))
    )
    template = path.read_text() if path.exists() else ""
    marker = "<!-- results -->"
    head, _, old = (
        template.partition(marker)
        if marker in template
        else (
            DEFAULT_HEAD,
            "",
            "",
        )
    )
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    rows: dict[str, str] = {}
    for line in old.splitlines():
        if line.startswith("| ") and not line.startswith(("| scenario", "| ---")):
            rows[line[2:].split(" | ")[0].split(" (")[0]] = line
    for r in results:
        verdict = "pass" if r.passed else "**FAIL**"
        rows[r.scenario.split(" (")[0]] = (
            f"| {r.scenario} | {verdict} | {r.numbers} | `{r.command}` | {now} |"
        )
    names = ", ".join(r.scenario.split(" (")[0] for r in results)
    lines = [
        marker,
        "",
        f"Machine: {machine()}.",
        "",
        f"Last run {now}: {names} ({took / 60:.1f} min including setup).",
        "",
        "| scenario | result | measured | command | date |",
        "| --- | --- | --- | --- | --- |",
        *rows.values(),
        "",
    ]
    path.write_text(head + "\n".join(lines))
    return path


DEFAULT_HEAD = "# Reliability\n\n"


def main() -> int:
    wanted = os.environ.get(
        "RESILIENCE_SCENARIOS", "load,outage,mail,hang,crash,soak,backup"
    ).split(",")
    began = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="resilience-"))
    env = server_env(workdir)
    log(f"preparing database {RUN_DB} (migrate, demo content, static files)")
    prepare_database(env)
    sink = SmtpSink(SMTP_PORT)
    sink.start()
    results: list[Result] = []
    scenarios = {
        "load": lambda: scenario_load(env),
        "outage": lambda: scenario_outage(env),
        "mail": lambda: scenario_mail(env, sink),
        "hang": lambda: scenario_hang(env, sink, workdir),
        "crash": lambda: scenario_crash(env),
        "soak": lambda: scenario_soak(env),
        "backup": lambda: scenario_backup(env),
    }
    try:
        for name in wanted:
            log(f"scenario {name}")
            try:
                result = scenarios[name.strip()]()
            except Exception as exc:
                result = Result(name, False, f"error: {type(exc).__name__}: {exc}")
            log(f"  {'PASS' if result.passed else 'FAIL'}: {result.numbers}")
            results.append(result)
    finally:
        sink.stop()
        if not pg_ready():
            pg_cluster("start")
        with contextlib.suppress(Exception):
            backup.drop_database(SOURCE_URL, RUN_DB)
    took = time.monotonic() - began
    report = write_report(results, took)
    log(f"done in {took / 60:.1f} min; results in {report}")
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
