"""/healthz tells a stopped pipeline from a running one."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import PlanVersionFactory
from worker.celery import app
from worker.models import Heartbeat

pytestmark = pytest.mark.django_db


def test_healthz_is_503_when_no_worker_has_answered(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get(reverse("healthz"))
    body = response.json()
    assert response.status_code == 503
    assert body["database"]["ok"] is True
    assert body["broker"]["ok"] is True
    assert body["worker"]["ok"] is False


def test_healthz_is_200_with_a_fresh_worker_heartbeat(client) -> None:  # type: ignore[no-untyped-def]
    Heartbeat.objects.create(name="worker:w1@host", seen_at=timezone.now())
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_healthz_reports_a_stale_worker_and_waiting_checks(client, settings) -> None:  # type: ignore[no-untyped-def]
    old = timezone.now() - datetime.timedelta(seconds=settings.WORKER_HEARTBEAT_MAX_AGE + 60)
    Heartbeat.objects.create(name="worker:w1@host", seen_at=old)
    PlanVersionFactory(check_queued_at=old)
    body = client.get(reverse("healthz")).json()
    assert body["worker"]["ok"] is False
    assert body["queue"]["waiting"] == 1
    assert body["queue"]["oldest_waiting_seconds"] > settings.WORKER_HEARTBEAT_MAX_AGE


def test_healthz_reports_an_unreachable_broker(client) -> None:  # type: ignore[no-untyped-def]
    Heartbeat.objects.create(name="worker:w1@host", seen_at=timezone.now())
    saved = app.conf.broker_url
    app.conf["broker_url"] = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    try:
        response = client.get(reverse("healthz"))
    finally:
        app.conf["broker_url"] = saved
    assert response.status_code == 503
    assert response.json()["broker"]["ok"] is False
