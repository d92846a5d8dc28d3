"""Simultaneous writers: 20 uploads to one plan, 10 to a plan that does not exist yet, and two
clients changing one feedback item at the same moment."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from itertools import pairwise

import pytest

from tests.faults.client import Answer, Api
from tests.faults.conftest import Stack
from tests.faults.documents import plan
from tests.faults.invariants import accepted_ids, statuses_seen

pytestmark = pytest.mark.faults


def test_twenty_uploads_to_one_plan_and_ten_to_a_new_one_each_get_their_own_number(
    stack: Stack, figures: Callable[..., None]
) -> None:
    stack.start(workers=1)
    one, new = stack.schools[0], stack.schools[1]
    first = stack.api.upload(one, plan(0))
    assert first.status == 201, first
    answers = stack.upload_many(
        [(one, plan(seed)) for seed in range(1, 21)] + [(new, plan(seed)) for seed in range(21, 31)],
        threads=30,
    )
    assert [a.status for a in answers] == [201] * 30, [str(a) for a in answers if a.status != 201]
    checked_in = stack.settle(timeout=120)
    stack.assert_all_holds()
    numbers = stack.db.rows(
        "SELECT s.skolenhetskod AS school, array_agg(v.number ORDER BY v.number) AS numbers"
        " FROM plans_planversion v JOIN plans_plan p ON p.id = v.plan_id"
        " JOIN plans_school s ON s.id = p.school_id GROUP BY s.skolenhetskod"
    )
    by_school = {row["school"]: row["numbers"] for row in numbers}
    assert by_school == {one: list(range(1, 22)), new: list(range(1, 11))}
    created = stack.db.rows(
        "SELECT count(*) AS n FROM plans_planevent e JOIN plans_plan p ON p.id = e.plan_id"
        " JOIN plans_school s ON s.id = p.school_id WHERE e.kind = 'plan_created' AND s.skolenhetskod = %s",
        [new],
    )
    assert created[0]["n"] == 1  # one plan, created once, whoever won
    figures(uploads=31, statuses=statuses_seen(stack.api.answers), all_checked_after_s=round(checked_in, 1))


def _step(path: str, data: dict[str, str] | None = None) -> Callable[[Api], Answer]:
    def step(api: Api) -> Answer:
        return api.post(path, data)

    return step


def _race(api_a: Api, api_b: Api, a: Callable[[Api], Answer], b: Callable[[Api], Answer]) -> list[Answer]:
    start = threading.Barrier(2)

    def run(step: Callable[[Api], Answer], api: Api) -> Answer:
        start.wait()
        return step(api)

    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(run, [a, b], [api_a, api_b]))


def test_two_clients_changing_one_feedback_item_leave_one_coherent_story(
    stack: Stack, figures: Callable[..., None]
) -> None:
    """Reviewer against reviewer (resolve / drop), principal against reviewer (answer / drop): the
    item ends in a state one of them asked for, the loser hears 409, and its trail agrees."""
    stack.start(workers=1)
    school = stack.schools[0]
    uploaded = stack.api.upload(school, plan(1))
    assert uploaded.status == 201, uploaded
    stack.settle(timeout=60)
    version, plan_id = uploaded.json()["id"], uploaded.json()["plan"]
    reviewer = stack.api.as_(stack.token("reviewer"))
    reviewer2 = stack.api.as_(stack.token("reviewer2"))
    assert stack.api.post(f"/api/v1/plans/{plan_id}/submit/").status == 200
    assert reviewer.post(f"/api/v1/plans/{plan_id}/start-review/").status == 200
    rounds = 12
    outcomes: list[list[Answer]] = []
    for n in range(rounds):
        item = reviewer.post(
            "/api/v1/feedback-items/", {"version": version, "severity": "must_fix", "text": f"Punkt {n}"}
        )
        assert item.status == 201, item
        path = f"/api/v1/feedback-items/{item.json()['id']}"
        if n % 2 == 0:
            race = _race(reviewer, reviewer2, _step(f"{path}/resolve/"), _step(f"{path}/drop/"))
        else:
            race = _race(
                stack.api,
                reviewer,
                _step(f"{path}/reply/", {"text": "Åtgärdat i planen."}),
                _step(f"{path}/drop/"),
            )
        outcomes.append(race)
    stack.assert_all_holds()
    states = stack.db.rows("SELECT id, state FROM reviews_feedbackitem ORDER BY id")
    trail = stack.db.rows(
        "SELECT data->>'item' AS item, data->>'from' AS before, data->>'to' AS after FROM plans_planevent"
        " WHERE data ? 'to' AND data ? 'item' ORDER BY id"
    )
    for row, race in zip(states, outcomes, strict=True):
        statuses = sorted(a.status for a in race)
        assert all(s in (200, 201, 409) for s in statuses), [str(a) for a in race]
        steps = [(t["before"], t["after"]) for t in trail if t["item"] == str(row["id"])]
        # The trail is a chain from open to the state the item is in.
        assert steps and steps[0][0] == "open" and steps[-1][1] == row["state"], (row, steps)
        assert all(a[1] == b[0] for a, b in pairwise(steps)), steps
        if 409 in statuses:
            assert len(steps) == 1, (row, steps, [str(a) for a in race])
    figures(
        rounds=rounds,
        statuses=statuses_seen(a for race in outcomes for a in race),
        final_states=sorted({row["state"] for row in states}),
        accepted_uploads=len(accepted_ids(stack.api.answers)),
    )
