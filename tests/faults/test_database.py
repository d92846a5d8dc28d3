"""The suite's own PostgreSQL restarted under load (issue 13.4): during uploads and checks, as a
clean stop and as a crash, and while an upload holds its transaction. Every answer is a 201 or a
named 503 with Retry-After, nothing is half-stored, and every accepted upload is checked once."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable

import psycopg
import pytest

from tests.faults.client import Answer
from tests.faults.conftest import Stack
from tests.faults.documents import long_plan, plan
from tests.faults.invariants import accepted_ids
from tests.faults.processes import wait_until

pytestmark = pytest.mark.faults


@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_a_database_restart_during_uploads_and_checks_loses_nothing(
    stack: Stack, figures: Callable[..., None], mode: str
) -> None:
    stack.start(workers=1)
    warm = [stack.api.upload(stack.schools[n % 4], long_plan(n)) for n in range(3)]
    assert all(a.status == 201 for a in warm), [str(a) for a in warm]
    wait_until(
        lambda: bool(stack.db.rows("SELECT id FROM plans_planversion WHERE check_status = 'checking'")),
        60,
        "a check to be under way",
    )
    stop = threading.Event()
    seeds = iter(range(100, 10_000))
    lock = threading.Lock()

    def keep_uploading() -> None:
        while not stop.is_set():
            with lock:
                seed = next(seeds)
            stack.api.upload(stack.schools[seed % 4], plan(seed))

    uploaders = [threading.Thread(target=keep_uploading) for _ in range(4)]
    for thread in uploaders:
        thread.start()
    time.sleep(1.0)
    restarted_at = time.monotonic()
    stack.postgres.restart(mode)
    time.sleep(3.0)  # uploads go on against the restarted server
    stop.set()
    for thread in uploaders:
        thread.join(timeout=90)
    assert not any(t.is_alive() for t in uploaders), "an upload hung across the restart"
    statuses = [a.status for a in stack.api.answers]
    assert set(statuses) <= {201, 503}, sorted(set(statuses))
    assert statuses.count(201) > len(warm), "no upload succeeded after the restart"
    stack.settle(timeout=180)
    stack.assert_all_holds(allowed_5xx=(503,))
    figures(
        mode=mode,
        uploads=len(statuses),
        accepted=statuses.count(201),
        refused_503=statuses.count(503),
        all_checked_after_restart_s=round(time.monotonic() - restarted_at, 1),
    )


def test_an_upload_holding_its_transaction_when_the_database_goes_leaves_nothing(
    stack: Stack, figures: Callable[..., None]
) -> None:
    """The plan's row is locked from outside, so the upload waits inside its transaction (it locks the
    plan to number the version); the server is then stopped under it."""
    stack.start(workers=1)
    school = stack.schools[0]
    first = stack.api.upload(school, plan(1))
    assert first.status == 201, first
    plan_id = first.json()["plan"]
    stack.settle(timeout=60)  # its check done: only the upload below can be the one waiting
    blocker = psycopg.connect(
        host="127.0.0.1", port=stack.postgres.port, user="postgres", dbname=stack.name, connect_timeout=5
    )
    blocker.execute("SELECT id FROM plans_plan WHERE id = %s FOR UPDATE", [plan_id])
    answers: list[Answer] = []
    upload = threading.Thread(target=lambda: answers.append(stack.api.upload(school, plan(2))))
    upload.start()

    def upload_waits_on_the_lock() -> bool:
        rows = stack.db.rows(
            "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'"
            " AND pid <> %s AND query LIKE %s",
            [stack.name, blocker.info.backend_pid, "%FOR UPDATE%"],
        )
        return bool(rows[0]["n"] >= 1)

    wait_until(upload_waits_on_the_lock, 30, "the upload to wait inside its transaction")
    stack.postgres.restart("fast")  # ends every session, the blocker's and the upload's
    upload.join(timeout=60)
    assert not upload.is_alive(), "the upload hung after the database went"
    (answer,) = answers
    assert answer.status == 503, answer
    with contextlib.suppress(psycopg.Error):
        blocker.close()
    after = stack.api.upload(school, plan(3))
    assert after.status == 201, after
    stack.settle(timeout=60)
    stack.assert_all_holds(allowed_5xx=(503,))
    numbers = stack.db.rows(
        "SELECT number FROM plans_planversion WHERE plan_id = %s ORDER BY number", [plan_id]
    )
    assert [row["number"] for row in numbers] == [1, 2]  # the refused upload took no number
    figures(accepted=len(accepted_ids(stack.api.answers)), refused=answer.status)
