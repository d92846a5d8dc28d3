"""Liveness records for /healthz: workers write theirs on a timer, the sweep after each run."""

from __future__ import annotations

from django.db import close_old_connections
from django.utils import timezone

from worker.models import Heartbeat


def beat_for(name: str) -> None:
    Heartbeat.objects.update_or_create(name=name, defaults={"seen_at": timezone.now()})


def beat_for_worker(hostname: str) -> None:
    # Runs on the worker's timer thread, outside any request: keep its connection fresh.
    close_old_connections()
    beat_for(f"worker:{hostname}")
