"""The sweep's way of knowing that the broker lost its messages (Redis restarted without its data):
a mark in a queue nobody consumes. Gone mark, lost messages; the sweep then sends every waiting
check again at once instead of waiting for the queue to be seen empty."""

from __future__ import annotations

import pytest
import redis
from kombu import Connection

from tests.worker.test_integration import redis_url_or_fail
from worker import tasks
from worker.celery import app


def _on(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setattr(app, "connection_for_write", lambda: Connection(url))


def test_the_mark_survives_while_the_broker_keeps_its_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    _on(monkeypatch, "memory://")
    with Connection("memory://") as connection:
        connection.SimpleQueue(tasks.BROKER_MARK_QUEUE).clear()
    assert tasks.broker_lost_its_messages() is True  # no mark yet: as after a restart
    assert tasks.broker_lost_its_messages() is False
    assert tasks.broker_lost_its_messages() is False
    with Connection("memory://") as connection:
        assert connection.SimpleQueue(tasks.BROKER_MARK_QUEUE).qsize() == 1  # one mark, not one a sweep


def test_a_broker_that_cannot_be_reached_is_not_taken_for_one_that_lost_everything(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _on(monkeypatch, "redis://127.0.0.1:9/0")  # nothing answers on the discard port
    assert tasks.broker_lost_its_messages() is False


def test_redis_restarted_empty_is_seen_as_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    url = redis_url_or_fail()
    _on(monkeypatch, url)
    tasks.broker_lost_its_messages()
    assert tasks.broker_lost_its_messages() is False
    redis.Redis.from_url(url).flushdb()  # what a restart without persistence leaves
    assert tasks.broker_lost_its_messages() is True
    assert tasks.broker_lost_its_messages() is False
