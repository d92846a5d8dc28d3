"""Liveness records for /healthz: workers write theirs on a timer, the sweep after each run."""

from __future__ import annotations

import logging

from django.db import DatabaseError, close_old_connections
from django.utils import timezone

from plans import check_pipeline
from worker.models import Heartbeat

logger = logging.getLogger(__name__)


def beat_for(name: str) -> None:
    Heartbeat.objects.update_or_create(name=name, defaults={"seen_at": timezone.now()})


def beat_for_worker(hostname: str, worker_id: str) -> None:
    # Runs on the worker's timer thread, outside any request: keep its connection fresh.
    close_old_connections()
    try:
        beat_for(f"worker:{hostname}")
        check_pipeline.renew_leases(worker=worker_id)
    except DatabaseError:
        # The database is away: the next beat tries again (an exception would stop the timer).
        logger.warning("worker heartbeat: database unavailable", exc_info=True)
