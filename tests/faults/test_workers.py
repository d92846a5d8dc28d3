"""Workers lost mid-check (issue 13.3 and 13.4): SIGKILL of a whole worker (main and pool) and of a
pool process alone. The check is redone within 60 s with the default settings, the version says
"waiting for a worker" (queued) while nobody holds it, and /healthz follows the workers."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable

import pytest

from tests.faults.client import healthz
from tests.faults.conftest import Stack
from tests.faults.documents import long_plan
from tests.faults.invariants import accepted_ids
from tests.faults.processes import Process, wait_until

pytestmark = pytest.mark.faults

REDONE_WITHIN = 60.0  # issue 13.3, default settings
HEALTH_WITHIN = 30.0


def _held_by(stack: Stack, worker: Process) -> list[int]:
    """The versions this worker's main process (or its pool) is checking now."""
    rows = stack.db.rows(
        "SELECT id FROM plans_planversion WHERE check_status = 'checking' AND check_worker LIKE %s",
        [f"%:{worker.pid}:%"],
    )
    return [row["id"] for row in rows]


def _upload_long_plans(stack: Stack, count: int) -> list[int]:
    answers = stack.upload_many([(stack.schools[n % 4], long_plan(n)) for n in range(count)], threads=count)
    assert [a.status for a in answers] == [201] * count, [str(a) for a in answers if a.status != 201]
    return accepted_ids(answers)


def _first_holding(stack: Stack) -> tuple[Process, list[int]]:
    found: dict[str, tuple[Process, list[int]]] = {}

    def someone_holds() -> bool:
        for worker in stack.workers():
            held = _held_by(stack, worker)
            if held:
                found["it"] = (worker, held)
                return True
        return False

    wait_until(someone_holds, 60, "a worker to start a check")
    return found["it"]


def test_a_check_lost_with_its_whole_worker_is_redone_by_another_within_a_minute(
    stack: Stack, figures: Callable[..., None]
) -> None:
    stack.start(workers=2, concurrency=1)
    ids = _upload_long_plans(stack, 6)
    victim, held = _first_holding(stack)
    victim.kill()  # main and pool at once: nothing acknowledges, nothing reports
    killed_at = time.monotonic()
    lost = held[0]

    # While no worker holds it, the version says it waits for one (the lease lapsed), not "checking".
    def shown_waiting() -> bool:
        answer = stack.api.get(f"/api/v1/plan-versions/{lost}/")
        return answer.status == 200 and answer.json()["status"] in ("queued", "checked")

    waiting_after = wait_until(shown_waiting, REDONE_WITHIN, f"version {lost} to show it waits for a worker")
    wait_until(
        lambda: stack.db.statuses([lost]).get(lost) == "checked",
        REDONE_WITHIN + 5 - waiting_after,
        f"version {lost} to be checked again",
        pause=0.5,
    )
    redone_after = time.monotonic() - killed_at
    assert redone_after <= REDONE_WITHIN, f"redone {redone_after:.0f} s after the kill"
    stack.settle(timeout=180)
    stack.assert_all_holds()
    attempts = stack.db.rows("SELECT check_attempts FROM plans_planversion WHERE id = %s", [lost])
    figures(
        uploads=len(ids),
        killed_holding=len(held),
        shown_waiting_after_s=round(waiting_after, 1),
        redone_after_s=round(redone_after, 1),
        attempts_of_lost=attempts[0]["check_attempts"],
        all_settled_after_kill_s=round(time.monotonic() - killed_at, 1),
    )


def test_a_check_lost_with_a_pool_process_is_redone_by_the_same_worker(
    stack: Stack, figures: Callable[..., None]
) -> None:
    stack.start(workers=1, concurrency=1)
    ids = _upload_long_plans(stack, 3)
    worker, held = _first_holding(stack)
    children = worker.children()
    assert children, "the worker's pool has no process"
    for child in children:
        os.kill(child, signal.SIGKILL)  # the main process sees its child die mid-task
    killed_at = time.monotonic()
    lost = held[0]
    redone_after = wait_until(
        lambda: stack.db.statuses([lost]).get(lost) == "checked",
        REDONE_WITHIN + 5,
        f"version {lost} to be checked again",
        pause=0.5,
    )
    assert redone_after <= REDONE_WITHIN, f"redone {redone_after:.0f} s after the kill"
    assert worker.alive(), "the worker's main process should survive its pool process"
    stack.settle(timeout=120)
    stack.assert_all_holds()
    figures(
        uploads=len(ids),
        redone_after_s=round(redone_after, 1),
        settled_after_kill_s=round(time.monotonic() - killed_at, 1),
    )


def test_healthz_turns_red_when_the_last_worker_stops_and_green_when_one_starts(
    stack: Stack, figures: Callable[..., None]
) -> None:
    stack.start(workers=1)
    (worker,) = stack.workers()
    worker.kill()
    red_after = wait_until(
        lambda: healthz(stack.processes.web_port) == 503, HEALTH_WITHIN + 10, "/healthz to turn red"
    )
    stack.processes.worker()
    green_after = wait_until(
        lambda: healthz(stack.processes.web_port) == 200, HEALTH_WITHIN + 30, "/healthz to turn green"
    )
    figures(red_after_kill_s=round(red_after, 1), green_after_start_s=round(green_after, 1))
    assert red_after <= HEALTH_WITHIN, f"still green {red_after:.0f} s after the last worker died"
    assert green_after <= HEALTH_WITHIN, f"still red {green_after:.0f} s after a worker started"
