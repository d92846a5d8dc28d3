"""The system's own processes for the fault suite: gunicorn, Celery workers and beat, each in its own
process group (so a SIGKILL reaches the main process and its pool), logging to a file of its own."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until(predicate: Callable[[], bool], timeout: float, what: str, pause: float = 0.2) -> float:
    """Poll with a deadline (an event wait, never a fixed sleep); returns the seconds it took."""
    started = time.monotonic()
    deadline = started + timeout
    tick = threading.Event()
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        tick.wait(pause)
    return time.monotonic() - started


class Process:
    """One started command: its group is killed when it stops, and its log is kept for failures."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], log: Path) -> None:
        self.name = name
        self.log = log
        self._log_file = log.open("ab")
        self.popen = subprocess.Popen(
            argv,
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: killpg reaches the pool too
        )

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def children(self) -> list[int]:
        """The pids of its direct children (a Celery worker's pool processes)."""
        tasks = Path(f"/proc/{self.pid}/task")
        found: list[int] = []
        for task in tasks.glob("*"):
            try:
                found.extend(int(p) for p in (task / "children").read_text().split())
            except OSError:
                continue
        return found

    def kill(self) -> None:
        """SIGKILL to the whole group: the main process and every pool process at once."""
        self._signal_group(signal.SIGKILL)
        self.popen.wait(timeout=10)

    def stop(self, grace: float = 10) -> None:
        if self.alive():
            self._signal_group(signal.SIGTERM)
            try:
                self.popen.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self._signal_group(signal.SIGKILL)
                self.popen.wait(timeout=10)
        else:
            self._signal_group(signal.SIGKILL)  # orphaned pool processes of a killed main
        self._log_file.close()

    def _signal_group(self, sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, sig)

    def tail(self, chars: int = 3000) -> str:
        try:
            return self.log.read_text(errors="replace")[-chars:]
        except OSError:
            return ""


class Processes:
    """Starts gunicorn, workers and beat for one scenario and stops every one of them at the end."""

    def __init__(self, env: dict[str, str], logs: Path) -> None:
        self.env = env
        self.logs = logs
        self.started: list[Process] = []
        self.web_port = 0
        self._workers = 0

    def _start(self, name: str, argv: list[str], env: dict[str, str] | None = None) -> Process:
        process = Process(name, argv, env or self.env, self.logs / f"{name}.log")
        self.started.append(process)
        return process

    def gunicorn(self, workers: int = 3, threads: int = 8) -> Process:
        self.web_port = free_port()
        process = self._start(
            "gunicorn",
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                f"--bind=127.0.0.1:{self.web_port}",
                f"--workers={workers}",
                f"--threads={threads}",  # gthread: 20 simultaneous uploads really are simultaneous
                "--timeout=60",
                "--graceful-timeout=5",
            ],
        )
        wait_until(lambda: self._answers(process), 60, "gunicorn to answer")
        return process

    def _answers(self, process: Process) -> bool:
        if not process.alive():
            raise AssertionError(f"gunicorn exited:\n{process.tail()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.web_port}/healthz", timeout=5):
                return True
        except urllib.error.HTTPError:
            return True  # 503 is an answer: the worker may not be up yet
        except OSError:
            return False

    def worker(self, concurrency: int = 2) -> Process:
        self._workers += 1
        name = f"worker{self._workers}"
        return self._start(
            name,
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "worker",
                "worker",
                f"--concurrency={concurrency}",
                "--loglevel=INFO",
                "--without-mingle",
                "--without-gossip",
                "-n",
                f"{name}-{os.getpid()}@%h",
            ],
        )

    def beat(self) -> Process:
        return self._start(
            "beat",
            [sys.executable, "-m", "celery", "-A", "worker", "beat", "--loglevel=INFO"],
        )

    def stop_all(self) -> None:
        for process in reversed(self.started):
            process.stop()

    def logs_of(self, *names: str) -> str:
        wanted = [p for p in self.started if not names or p.name in names]
        return "\n".join(f"--- {p.name} ---\n{p.tail()}" for p in wanted)
