"""Redis stopped during uploads and started again empty (issue 13.3 and 13.4): every upload is
accepted or refused by name while it is away, and the accepted ones are handed to the broker within
30 s of its return — by the sweep, since their messages never reached it or were lost with it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from tests.faults.conftest import Stack
from tests.faults.documents import plan
from tests.faults.invariants import accepted_ids
from tests.faults.processes import wait_until

pytestmark = pytest.mark.faults

ENQUEUED_WITHIN = 30.0  # issue 13.3
CHECKED_WITHIN = 45.0  # enqueued, then a worker back on the broker (worker/consumer.py) checks them


def test_uploads_while_redis_is_away_are_checked_once_it_is_back_empty(
    stack: Stack, figures: Callable[..., None]
) -> None:
    stack.start(workers=1)
    before = stack.upload_many([(stack.schools[n % 4], plan(n)) for n in range(8)], threads=8)
    assert all(a.status == 201 for a in before), [str(a) for a in before]

    # Stopped in the middle of a burst: some uploads meet it up, some down.
    burst_done = threading.Event()

    def burst() -> None:
        stack.upload_many([(stack.schools[n % 4], plan(n)) for n in range(8, 20)], threads=4)
        burst_done.set()

    runner = threading.Thread(target=burst)
    runner.start()
    time.sleep(0.3)  # the burst is under way
    stack.redis.stop()
    during = [stack.api.upload(stack.schools[n % 4], plan(n)) for n in range(20, 26)]
    runner.join(timeout=120)
    assert burst_done.is_set(), "uploads hung while the broker was away"
    assert all(a.status in (201, 503) for a in during), [str(a) for a in during]
    down_accepted = accepted_ids(during)
    assert down_accepted, "no upload was accepted while the broker was away (they should be)"

    stack.redis.start()  # empty: whatever was queued is gone
    back_at = time.monotonic()
    (clock,) = stack.db.rows("SELECT now() AS at")
    ids = accepted_ids(stack.api.answers)

    def all_handed_over() -> bool:
        # In the broker since its return, or already taken by a worker.
        rows = stack.db.rows(
            "SELECT count(*) AS n FROM plans_planversion WHERE id = ANY(%s)"
            " AND (check_status IN ('checking', 'checked', 'failed') OR check_sent_at >= %s)",
            [ids, clock["at"]],
        )
        return bool(rows[0]["n"] == len(ids))

    enqueued_after = wait_until(all_handed_over, ENQUEUED_WITHIN + 30, "every accepted upload to be sent")
    timeline = stack.db.rows(
        "SELECT id, check_status, check_sent_at - %s AS sent, check_attempts FROM plans_planversion"
        " WHERE id = ANY(%s) ORDER BY id",
        [clock["at"], ids],
    )
    sweeps = stack.db.rows("SELECT name, seen_at - %s AS at FROM worker_heartbeat", [clock["at"]])
    stack.settle(timeout=120)
    checked_after = time.monotonic() - back_at
    stack.assert_all_holds(allowed_5xx=(503,))
    figures(
        uploads=len(stack.api.answers),
        accepted=len(ids),
        accepted_while_away=len(down_accepted),
        enqueued_after_return_s=round(enqueued_after, 1),
        all_checked_after_return_s=round(checked_after, 1),
    )
    assert enqueued_after <= ENQUEUED_WITHIN, (
        f"enqueued {enqueued_after:.0f} s after the broker returned:\n{timeline}\n{sweeps}"
    )
    assert checked_after <= CHECKED_WITHIN, f"checked {checked_after:.0f} s after the broker returned"
