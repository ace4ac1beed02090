"""Commands that run once or as a worker (--loop): a lost database is reported and
the next round tries again; run once, the error is raised."""

from __future__ import annotations

import pytest
from django.db.utils import OperationalError

from apps.core import workers


class Flaky(workers.WorkerCommand):
    """Fails its first round as when the database is down, then succeeds."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rounds = 0

    def round(self, **options):
        self.rounds += 1
        if self.rounds == 1:
            raise OperationalError("connection refused")
        self.stdout.write(f"round {self.rounds}")


@pytest.fixture
def no_signals(monkeypatch):
    monkeypatch.setattr(workers.signal, "signal", lambda *args: None)


def test_a_worker_reports_a_lost_database_and_tries_again(
    capsys, monkeypatch, no_signals
):
    def stop_after_two_rounds(self, interval):
        if self.rounds == 2:
            self.stopping = True

    monkeypatch.setattr(Flaky, "wait", stop_after_two_rounds)
    monkeypatch.setattr(workers, "close_old_connections", lambda: None)
    command = Flaky()
    command.run_from_argv(["manage.py", "flaky", "--loop", "--interval", "0"])
    output = capsys.readouterr()
    assert "database unavailable (OperationalError)" in output.err
    assert "round 2" in output.out


def test_run_once_a_lost_database_is_an_error(no_signals):
    with pytest.raises(OperationalError):
        Flaky().run_from_argv(["manage.py", "flaky"])


def test_the_wait_ends_soon_after_a_stop_signal(monkeypatch):
    command = Flaky()
    command.stopping = False
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        command.stopping = True

    monkeypatch.setattr(workers.time, "sleep", sleep)
    command.wait(30)
    assert slept == [1.0]
