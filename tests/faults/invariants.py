"""What must hold after every fault (issue 13.4), read straight from the scenario's database and file
store: every accepted upload checked exactly once, rows and files one to one, no unnamed 5xx."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from tests.faults.client import Answer
from tests.faults.processes import wait_until

REQUIREMENTS = 12  # the shipped template's fixed keys
SETTLED = ("checked", "failed")


@dataclass
class Db:
    """One scenario's database; a fresh connection per read, so a restarted server is no matter."""

    port: int
    name: str

    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=self.name, connect_timeout=5
        ) as conn:
            cursor = conn.execute(sql, tuple(params))
            names = [c.name for c in cursor.description or []]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def versions(self) -> dict[int, dict[str, Any]]:
        found = self.rows(
            "SELECT id, plan_id, number, file, check_status, check_attempts, check_sent_at, check_worker,"
            " check_failure, check_failure_detail FROM plans_planversion"
        )
        return {row["id"]: row for row in found}

    def statuses(self, ids: Iterable[int]) -> dict[int, str]:
        wanted = list(ids)
        found = self.rows("SELECT id, check_status FROM plans_planversion WHERE id = ANY(%s)", [wanted])
        return {row["id"]: row["check_status"] for row in found}

    def settled(self, ids: Iterable[int]) -> bool:
        wanted = list(ids)
        statuses = self.statuses(wanted)
        return len(statuses) == len(wanted) and all(s in SETTLED for s in statuses.values())


def accepted_ids(answers: Iterable[Answer]) -> list[int]:
    """The versions the API said it accepted (201 to an upload)."""
    return [
        a.json()["id"]
        for a in answers
        if a.status == 201 and a.method == "POST" and a.path == "/api/v1/plan-versions/"
    ]


def wait_settled(db: Db, ids: list[int], timeout: float) -> float:
    """Seconds until every version reached checked or failed; polling survives a database away."""

    def done() -> bool:
        try:
            return db.settled(ids)
        except psycopg.OperationalError:
            return False

    return wait_until(done, timeout, f"{len(ids)} accepted versions to be checked", pause=0.5)


def stored_files(root: Path) -> set[str]:
    """Every file under the store, as the names rows hold ("plans/…/x.docx"); the filler is not a plan."""
    if not root.exists():
        return set()
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and p.name != "filler.bin"}


def problems(db: Db, root: Path, answers: list[Answer], allowed_5xx: Iterable[int] = ()) -> list[str]:
    """Everything wrong with the scenario's end state; an empty list when all holds."""
    found: list[str] = []
    allowed = set(allowed_5xx)
    accepted = accepted_ids(answers)
    versions = db.versions()
    for answer in answers:
        if answer.status >= 500 and answer.status not in allowed:
            found.append(f"an unnamed {answer.status}: {answer}")
        if answer.status == 0:
            found.append(f"no HTTP answer at all: {answer}")
        if answer.status == 503 and "retry-after" not in answer.headers:
            found.append(f"a 503 without Retry-After: {answer}")
        if (
            answer.status >= 500
            and answer.path.startswith("/api/")
            and "problem+json" not in answer.content_type
        ):
            found.append(f"a {answer.status} that is not problem+json: {answer}")
    for version_id in accepted:
        row = versions.get(version_id)
        if row is None:
            found.append(f"version {version_id} was accepted (201) but has no row")
        elif row["check_status"] != "checked":
            found.append(f"version {version_id} is {row['check_status']} {row['check_failure']!r}")
    runs = db.rows(
        "SELECT r.version_id, count(DISTINCT r.id) AS runs, count(q.id) AS results FROM plans_checkrun r"
        " LEFT JOIN plans_requirementresult q ON q.check_run_id = r.id GROUP BY r.version_id"
    )
    by_version = {row["version_id"]: row for row in runs}
    finished = db.rows(
        "SELECT version_id, count(*) AS n FROM plans_planevent"
        " WHERE kind = 'check_finished' GROUP BY version_id"
    )
    finished_events = {row["version_id"]: row["n"] for row in finished}
    for version_id, row in versions.items():
        if row["check_status"] != "checked":
            continue
        run = by_version.get(version_id)
        if run is None or run["runs"] != 1 or run["results"] != REQUIREMENTS:
            found.append(
                f"version {version_id} checked with {run} (one run of {REQUIREMENTS} results expected)"
            )
        if finished_events.get(version_id) != 1:
            found.append(f"version {version_id} has {finished_events.get(version_id)} check_finished events")
    files = stored_files(root)
    named = {row["file"] for row in versions.values()}
    found += [f"a file with no row: {name}" for name in sorted(files - named)]
    found += [f"a row with no file: {name}" for name in sorted(named - files)]
    return found


def statuses_seen(answers: Iterable[Answer]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for answer in answers:
        counts[answer.status] = counts.get(answer.status, 0) + 1
    return dict(sorted(counts.items()))
