"""A real worker process (not eager mode) picks up a real upload through a real broker.

The upload is made by `manage.py uploadplan` in its own process, so the enqueue-after-commit path
is the production one. With CI=true the Redis variant fails, not skips, when Redis is absent.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.db import connection
from django.urls import reverse

from plans.models import CheckRun, CheckStatus, PlanVersion
from tests.conftest import World, in_ci
from tests.factories import docx_bytes
from worker.models import Heartbeat

ROOT = Path(__file__).resolve().parents[2]
# serialized_rollback: the flush after a transactional test would drop the rows data migrations made
# (school forms, the shipped template) for the tests that follow.
pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def wait_until(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll with a deadline; an event wait, not a fixed sleep, so it returns as soon as it holds."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        pause.wait(0.2)


def database_url() -> str:
    s = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{s['NAME']}"
    return (
        f"postgres://{s['USER']}:{s['PASSWORD']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    )


def redis_url_or_fail() -> str:
    url = os.environ.get("TEST_REDIS_URL", "")
    reachable = False
    if url:
        parsed = urlparse(url)
        try:
            socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 6379), timeout=2).close()
            reachable = True
        except OSError:
            reachable = False
    if not reachable:
        message = f"Redis is needed for this test (TEST_REDIS_URL={url or 'unset'} not reachable)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return url


@pytest.fixture
def pipeline_env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url(),
        "PLAN_FILES_DIR": str(tmp_path / "files"),
        "CELERY_BROKER_DIR": str(tmp_path / "broker"),
        "VAR_DIR": str(tmp_path / "var"),
        "PYTHONPATH": str(ROOT),
    }


@pytest.fixture
def start_worker(
    pipeline_env: dict[str, str],
) -> Iterator[Callable[[dict[str, str]], subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []

    def start(env: dict[str, str]) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "worker",
                "worker",
                "--pool=solo",
                "--loglevel=INFO",
                "--without-mingle",
                "--without-gossip",
                "-n",
                f"test-{os.getpid()}@%h",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def upload_with_command(env: dict[str, str], tmp_path: Path, seed: int) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(docx_bytes("Ekbacken", seed=seed))
    result = subprocess.run(
        [sys.executable, "manage.py", "uploadplan", "11111111", "2025/26", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def run_pipeline(world: World, env: dict[str, str], tmp_path: Path, start_worker, client, seed: int) -> None:  # type: ignore[no-untyped-def]
    upload_with_command(env, tmp_path, seed)
    version = PlanVersion.objects.get()
    assert version.check_status == CheckStatus.QUEUED  # nobody has picked it up yet
    worker = start_worker(env)

    def settled() -> bool:
        if worker.poll() is not None:
            output = worker.stdout.read().decode() if worker.stdout else ""
            raise AssertionError(f"the worker exited ({worker.returncode}):\n{output[-3000:]}")
        version.refresh_from_db()
        return version.is_settled

    try:
        wait_until(settled, timeout=90, what="the worker to check the version")
    except AssertionError:
        os.killpg(worker.pid, signal.SIGTERM)
        output = worker.communicate(timeout=30)[0].decode(errors="replace") if worker.stdout else ""
        raise AssertionError(f"the worker did not settle the version; its log:\n{output[-4000:]}") from None
    assert version.check_status == CheckStatus.CHECKED, version.check_failure_detail
    assert version.check_attempts == 1
    assert CheckRun.objects.get(version=version).outline["headings"]
    wait_until(
        lambda: Heartbeat.objects.filter(name__startswith="worker:").exists(), 30, "a worker heartbeat"
    )
    assert client.get(reverse("healthz")).json()["worker"]["ok"] is True


def test_real_worker_checks_an_upload_through_the_embedded_broker(  # type: ignore[no-untyped-def]
    world: World, pipeline_env: dict[str, str], tmp_path: Path, start_worker, client
) -> None:
    run_pipeline(
        world, {**pipeline_env, "CELERY_BROKER_URL": "filesystem://"}, tmp_path, start_worker, client, 1
    )


def test_real_worker_checks_an_upload_through_redis(  # type: ignore[no-untyped-def]
    world: World, pipeline_env: dict[str, str], tmp_path: Path, start_worker, client
) -> None:
    url = redis_url_or_fail()
    run_pipeline(world, {**pipeline_env, "CELERY_BROKER_URL": url}, tmp_path, start_worker, client, 2)
