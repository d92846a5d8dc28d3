"""Servers of the suite's own, on free loopback ports, so a fault touches nothing else: a PostgreSQL
cluster in a temporary folder, a Redis that keeps nothing, and a small tmpfs as the file store.

Each finds what it needs or says why not (`Unavailable`): the suite skips on a developer's machine
without it and fails in CI.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg

from tests.faults.processes import Process, free_port, wait_until


class Unavailable(Exception):
    """A server or permission the suite needs is not on this machine."""


# --- PostgreSQL ---


def postgres_bin() -> Path:
    """$PG_BIN, else the newest /usr/lib/postgresql/<n>/bin (Debian), else initdb on the PATH."""
    candidates = [Path(os.environ["PG_BIN"])] if os.environ.get("PG_BIN") else []
    candidates += sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name), reverse=True
    )
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise Unavailable("PostgreSQL's initdb and pg_ctl are not installed (or set PG_BIN)")


class PrivatePostgres:
    """A cluster of the suite's own: restarting it disturbs no other database.

    As root the server runs as the `postgres` user (PostgreSQL refuses to run as root). Local
    connections are trusted; it listens on 127.0.0.1 only.
    """

    def __init__(self) -> None:
        self.bin = postgres_bin()
        self.port = free_port()
        self.home = Path(tempfile.mkdtemp(prefix="faults-pg-"))
        self.data = self.home / "data"
        self.log = self.home / "server.log"
        self.run_as: str | None = None
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                raise Unavailable("running as root, but there is no postgres user to run a cluster") from None
            os.chown(self.home, owner.pw_uid, owner.pw_gid)
            self.run_as = "postgres"

    def _run(self, *argv: str, timeout: float = 60) -> None:
        command = [str(self.bin / argv[0]), *argv[1:]]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        if result.returncode != 0:
            raise AssertionError(f"{argv[0]} failed ({result.returncode}):\n{result.stderr}\n{self.tail()}")

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
        self.start()

    def _options(self) -> str:
        # fsync off: a restart is the fault under test, not a power cut; this keeps start-up quick.
        return (
            f"-p {self.port} -k {self.home} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        )

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-o", self._options(), "-l", str(self.log), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self, mode: str = "fast") -> None:
        """Stopped (fast: sessions ended; immediate: like a crash) and started again."""
        self.stop(mode)
        self.start()

    def url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def connect(self, name: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=name, autocommit=True, connect_timeout=5
        )

    def create_database(self, name: str, template: str | None = None) -> None:
        with self.connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            suffix = f' TEMPLATE "{template}"' if template else ""
            conn.execute(f'CREATE DATABASE "{name}"{suffix}')

    def answers(self) -> bool:
        try:
            with self.connect():
                return True
        except psycopg.OperationalError:
            return False

    def tail(self, chars: int = 2000) -> str:
        try:
            return self.log.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def destroy(self) -> None:
        with contextlib.suppress(AssertionError, subprocess.TimeoutExpired):
            self.stop("immediate")
        shutil.rmtree(self.home, ignore_errors=True)


# --- Redis ---


class PrivateRedis:
    """A redis-server of the scenario's own that keeps nothing on disk: a restart comes back empty."""

    def __init__(self, folder: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise Unavailable("redis-server is not installed")
        self.binary = binary
        self.folder = folder
        self.port = free_port()
        self.process: Process | None = None
        self.starts = 0

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.starts += 1
        argv = [
            self.binary,
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ]
        argv += ["--dir", str(self.folder)]
        self.process = Process(
            f"redis{self.starts}", argv, dict(os.environ), self.folder / f"redis{self.starts}.log"
        )
        wait_until(self.answers, 20, "redis-server to answer")

    def stop(self) -> None:
        """Gone at once, as a crashed or stopped server is: SIGKILL, nothing saved."""
        if self.process is not None:
            self.process.kill()
            self.process.stop()
            self.process = None

    def answers(self) -> bool:
        import redis

        try:
            return bool(redis.Redis(port=self.port, socket_connect_timeout=1).ping())
        except redis.RedisError:
            return False


# --- The file store ---


class Tmpfs:
    """PLAN_FILES_DIR on a tmpfs of a few hundred kilobytes: filled to the brim or made read-only
    by the kernel itself (root only; mounting is the one way to get real ENOSPC and EROFS)."""

    def __init__(self, folder: Path, size_kb: int) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() != 0:
            raise Unavailable("the storage scenarios mount a tmpfs, which needs root")
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(folder)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise Unavailable(f"cannot mount a tmpfs here: {result.stderr.strip()}")
        self.filler = folder / "filler.bin"

    def free_bytes(self) -> int:
        stats = os.statvfs(self.folder)
        return stats.f_bavail * stats.f_frsize

    def fill(self, leave: int) -> None:
        """Take all but `leave` bytes with a file that is not a plan (removed by `unfill`)."""
        with self.filler.open("ab") as handle:
            chunk = b"\0" * 4096
            while self.free_bytes() > leave + len(chunk):
                handle.write(chunk)
                handle.flush()

    def unfill(self) -> None:
        self.filler.unlink(missing_ok=True)

    def remount(self, mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.folder)], check=True)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.folder)], check=False)


@contextlib.contextmanager
def tmpfs(folder: Path, size_kb: int) -> Iterator[Tmpfs]:
    store = Tmpfs(folder, size_kb)
    try:
        yield store
    finally:
        store.unmount()
