"""The fault suite's fixtures (issue 13.4): a PostgreSQL cluster of its own for the session, and for
each scenario a fresh database copied from a migrated, seeded template, a Redis of its own, a file
store folder, and gunicorn, Celery workers and beat started against them — all on loopback, all
stopped and removed at the end, whatever happened.

The suite runs in CI (CI=true), where a missing server fails it. On a developer's machine it runs
only when asked for: `./dev test -m faults` or `./dev test tests/faults`; without PostgreSQL's
binaries or redis-server it then skips.
"""

from __future__ import annotations

import itertools
import json
import os
import secrets
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import pytest

from tests.conftest import in_ci
from tests.faults.client import Answer, Api, healthz
from tests.faults.invariants import Db, accepted_ids, problems, statuses_seen, wait_settled
from tests.faults.processes import ROOT, Process, Processes, wait_until
from tests.faults.services import PrivatePostgres, PrivateRedis, Tmpfs, Unavailable

TEMPLATE = "faults_template"
FIGURES = pytest.StashKey[dict[str, dict[str, Any]]]()
_FAILED = pytest.StashKey[bool]()
_SECRET = secrets.token_urlsafe(50)
_databases = itertools.count(1)


def unavailable(reason: str) -> NoReturn:
    if in_ci():
        pytest.fail(f"the fault suite needs this in CI: {reason}")
    pytest.skip(reason)


def _asked_for(config: pytest.Config) -> bool:
    if in_ci() or "faults" in (config.option.markexpr or ""):
        return True
    here = Path(__file__).parent.resolve()
    for arg in config.args:
        path = Path(arg.split("::")[0]).resolve()
        if path == here or here in path.parents:
            return True
    return False


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Minutes of real faults: in CI always, locally only when asked for (the default run stays fast)."""
    if _asked_for(config):
        return
    kept = [item for item in items if not item.get_closest_marker("faults")]
    dropped = [item for item in items if item.get_closest_marker("faults")]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    figures = config.stash.get(FIGURES, {})
    if figures:
        terminalreporter.section("fault suite: measured")
        for name, values in figures.items():
            terminalreporter.write_line(f"{name}: {json.dumps(values, default=str)}")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if report.when == "call":
        item.stash[_FAILED] = report.failed
    return report


def base_env(database_url: str, **more: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SECRET_KEY": _SECRET,
        "DEBUG": "false",
        "PYTHONPATH": str(ROOT),
        "LOG_LEVEL": "INFO",
        **more,
    }
    env.pop("CACHE_URL", None)  # the cache follows the scenario's own Redis
    return env


@dataclass
class Cluster:
    postgres: PrivatePostgres
    seed: dict[str, Any]


@pytest.fixture(scope="session")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """The suite's PostgreSQL, with a template database migrated and seeded once (about 5 s)."""
    try:
        postgres = PrivatePostgres()
    except Unavailable as missing:
        unavailable(str(missing))
    try:
        postgres.init()
        postgres.create_database(TEMPLATE)
        env = base_env(postgres.url(TEMPLATE), VAR_DIR=str(tmp_path_factory.mktemp("template-var")))
        for argv in ([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],):
            subprocess.run(argv, cwd=ROOT, env=env, check=True, timeout=300)
        seeded = subprocess.run(
            [sys.executable, "-m", "tests.faults.seed"],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=120,
            capture_output=True,
            text=True,
        )
        yield Cluster(postgres, json.loads(seeded.stdout))
    finally:
        postgres.destroy()


@dataclass
class Stack:
    """One scenario's system: its database, Redis, file store and processes."""

    cluster: Cluster
    folder: Path
    name: str
    redis: PrivateRedis
    files: Path
    processes: Processes = field(init=False)
    mounts: list[Tmpfs] = field(default_factory=list)
    api: Api = field(init=False)

    def __post_init__(self) -> None:
        self.processes = Processes(self.env(), self.folder)

    @property
    def postgres(self) -> PrivatePostgres:
        return self.cluster.postgres

    @property
    def db(self) -> Db:
        return Db(self.postgres.port, self.name)

    @property
    def schools(self) -> list[str]:
        return list(self.cluster.seed["schools"])

    def token(self, who: str) -> str:
        return str(self.cluster.seed["tokens"][who])

    def env(self) -> dict[str, str]:
        return base_env(
            self.postgres.url(self.name),
            CELERY_BROKER_URL=self.redis.url,
            PLAN_FILES_DIR=str(self.files),
            VAR_DIR=str(self.folder / "var"),
            CELERY_BROKER_DIR=str(self.folder / "broker"),
        )

    def mount(self, size_kb: int) -> Tmpfs:
        """The file store on a tmpfs of its own (before start: the processes see it from the beginning)."""
        try:
            store = Tmpfs(self.files, size_kb)
        except Unavailable as missing:
            unavailable(str(missing))
        self.mounts.append(store)
        return store

    def start(self, workers: int = 1, beat: bool = True, concurrency: int = 2) -> None:
        web = self.processes.gunicorn()
        self.api = Api(self.processes.web_port, self.token("principal"))
        for _ in range(workers):
            self.processes.worker(concurrency)
        if beat:
            self.processes.beat()
        if workers:
            wait_until(lambda: self.healthy(web), 90, "/healthz to be green (a worker's heartbeat)")

    def healthy(self, web: Process | None = None) -> bool:
        for process in self.processes.started:
            if not process.alive() and process.name.startswith(("gunicorn", "beat")):
                raise AssertionError(f"{process.name} exited:\n{process.tail()}")
        return healthz(self.processes.web_port) == 200

    def workers(self) -> list[Process]:
        return [p for p in self.processes.started if p.name.startswith("worker") and p.alive()]

    def upload_many(self, contents: list[tuple[str, bytes]], threads: int = 20) -> list[Answer]:
        """(school, bytes) pairs uploaded at once, each on its own connection."""
        with ThreadPoolExecutor(max_workers=threads) as pool:
            return list(pool.map(lambda pair: self.api.upload(*pair), contents))

    def settle(self, timeout: float = 120) -> float:
        ids = accepted_ids(self.api.answers)
        try:
            return wait_settled(self.db, ids, timeout)
        except AssertionError as late:
            raise AssertionError(f"{late}\n{self.db.statuses(ids)}\n{self.processes.logs_of()}") from None

    def assert_all_holds(self, allowed_5xx: tuple[int, ...] = ()) -> None:
        found = problems(self.db, self.files, self.api.answers, allowed_5xx)
        assert not found, "\n".join(found[:40]) + "\n" + self.processes.logs_of()

    def close(self) -> None:
        self.processes.stop_all()
        self.redis.stop()
        for store in self.mounts:
            store.unmount()
        try:
            with self.postgres.connect() as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        except Exception:  # noqa: S110 - the cluster is removed with the session anyway
            pass


@pytest.fixture
def stack(cluster: Cluster, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Stack]:
    name = f"faults_{next(_databases)}"
    cluster.postgres.create_database(name, template=TEMPLATE)
    try:
        redis = PrivateRedis(tmp_path)
    except Unavailable as missing:
        unavailable(str(missing))
    redis.start()
    built = Stack(cluster, tmp_path, name, redis, tmp_path / "files")
    try:
        yield built
    finally:
        if request.node.stash.get(_FAILED, False):
            print(built.processes.logs_of())  # noqa: T201 - shown with the failure
        built.close()


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> Callable[..., None]:
    """Record what a scenario measured; printed in the summary at the end of the run."""
    store = request.config.stash.setdefault(FIGURES, {})
    name = request.node.name

    def record(**values: Any) -> None:
        store.setdefault(name, {}).update(values)

    return record


__all__ = ["Stack", "accepted_ids", "statuses_seen"]
