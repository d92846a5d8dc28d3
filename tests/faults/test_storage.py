"""The file store full and read-only (issue 13.1, 13.2 and 13.4), made so by the kernel on a small
tmpfs: uploads are refused by name (507 when full, 503 when read-only, problem+json), nothing is
half-stored, and uploads work again as soon as there is room or the store is writable."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.faults.client import Answer
from tests.faults.conftest import Stack
from tests.faults.documents import plan
from tests.faults.invariants import stored_files

pytestmark = pytest.mark.faults


def _problem(answer: Answer) -> dict[str, object]:
    assert "application/problem+json" in answer.content_type, answer
    body = answer.json()
    assert isinstance(body, dict) and body.get("title") and body.get("detail"), answer
    return body


def test_a_full_store_refuses_uploads_by_name_and_takes_them_again_when_there_is_room(
    stack: Stack, figures: Callable[..., None]
) -> None:
    store = stack.mount(size_kb=2048)
    stack.start(workers=1)
    size = len(plan(0))
    store.fill(leave=int(size * 2.5))  # room for two plans, not for six
    answers = stack.upload_many([(stack.schools[n % 4], plan(n)) for n in range(6)], threads=6)
    statuses = sorted(a.status for a in answers)
    assert set(statuses) <= {201, 507}, [str(a) for a in answers]
    assert 507 in statuses, statuses
    for refused in (a for a in answers if a.status == 507):
        _problem(refused)
    stack.settle(timeout=60)
    stack.assert_all_holds(allowed_5xx=(507,))
    store.unfill()
    again = stack.api.upload(stack.schools[0], plan(50))
    assert again.status == 201, again
    stack.settle(timeout=60)
    stack.assert_all_holds(allowed_5xx=(507,))
    figures(statuses=statuses, files_kept=len(stored_files(stack.files)), plan_bytes=size)


def test_a_read_only_store_refuses_uploads_as_unavailable_and_recovers(
    stack: Stack, figures: Callable[..., None]
) -> None:
    store = stack.mount(size_kb=4096)
    stack.start(workers=1)
    first = stack.api.upload(stack.schools[0], plan(1))
    assert first.status == 201, first
    store.remount("ro")
    refused = [stack.api.upload(stack.schools[n % 4], plan(n)) for n in range(2, 5)]
    assert [a.status for a in refused] == [503] * 3, [str(a) for a in refused]
    for answer in refused:
        _problem(answer)
        assert "retry-after" in answer.headers, answer
    store.remount("rw")
    again = stack.api.upload(stack.schools[1], plan(9))
    assert again.status == 201, again
    stack.settle(timeout=60)
    stack.assert_all_holds(allowed_5xx=(503,))
    figures(refused=len(refused), accepted=2)
