"""The Celery app. `celery -A worker worker` starts a worker; `celery -A worker beat` the scheduler."""

from __future__ import annotations

import os
from typing import Any

from celery import Celery, bootsteps

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("plangranskning")
# Read lazily, when first needed: by then Django's settings are loaded.
app.config_from_object("worker.celeryconfig")

# Often enough that /healthz turns red within WORKER_HEARTBEAT_MAX_AGE (30 s) of the last worker stopping.
HEARTBEAT_SECONDS = 10.0


class Heartbeat(bootsteps.StartStopStep):
    """Writes 'this worker is alive' to the database every few seconds, for /healthz."""

    requires = ("celery.worker.components:Timer",)

    def __init__(self, parent: Any, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.timer_ref: Any = None

    def start(self, parent: Any) -> None:
        from worker.heartbeat import beat_for_worker

        beat_for_worker(parent.hostname)
        self.timer_ref = parent.timer.call_repeatedly(HEARTBEAT_SECONDS, beat_for_worker, (parent.hostname,))

    def stop(self, parent: Any) -> None:
        if self.timer_ref is not None:
            self.timer_ref.cancel()


app.steps["worker"].add(Heartbeat)
