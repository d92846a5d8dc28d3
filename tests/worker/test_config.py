"""The delivery guarantees are configured, not hoped for."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from django.conf import settings

from plans import jobs
from worker import celeryconfig
from worker.celery import app


def test_tasks_are_acknowledged_late_and_redelivered_when_a_worker_dies() -> None:
    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.worker_prefetch_multiplier == 1
    assert app.conf.task_ignore_result is True  # the version's status is the truth


def test_check_task_has_time_limits_and_bounded_retries() -> None:
    task = app.tasks[jobs.CHECK_VERSION]
    assert task.acks_late
    assert task.soft_time_limit is not None and task.time_limit is not None
    assert 0 < task.soft_time_limit < task.time_limit
    assert task.max_retries is not None and task.max_retries <= 10
    assert getattr(task, "retry_backoff", False)


def test_redis_visibility_timeout_is_minutes_and_above_the_hard_limit(settings) -> None:  # type: ignore[no-untyped-def]
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:6379/0"
    try:
        config = importlib.reload(celeryconfig)
        timeout = config.broker_transport_options["visibility_timeout"]
    finally:
        settings.CELERY_BROKER_URL = "filesystem://"
        importlib.reload(celeryconfig)
    assert timeout < 3600  # not Redis' default hour
    assert timeout > settings.CHECK_TIME_LIMIT
    longest = max(t.time_limit or 0 for t in app.tasks.values() if t.name.startswith("plans."))
    assert timeout > longest


def test_the_sweep_is_scheduled() -> None:
    assert any(entry["task"] == jobs.REQUEUE_STALE_CHECKS for entry in app.conf.beat_schedule.values())


def test_embedded_default_broker_needs_no_server() -> None:
    assert settings.CELERY_BROKER_URL.startswith(("filesystem://", "redis://"))
    if settings.CELERY_BROKER_URL.startswith("filesystem"):
        assert "data_folder_in" in app.conf.broker_transport_options


@pytest.mark.parametrize("module", ["config.settings", "worker.celeryconfig"])
def test_eager_mode_is_never_configured(module: str) -> None:
    source = importlib.import_module(module).__file__
    assert source
    assert "always_eager" not in Path(source).read_text(encoding="utf-8")
