"""The Celery app. `celery -A worker worker` starts a worker; `celery -A worker beat` the scheduler."""

from __future__ import annotations

import os
import socket
import uuid
from typing import Any

from celery import Celery, bootsteps

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("plangranskning")
# Read lazily, when first needed: by then Django's settings are loaded.
app.config_from_object("worker.celeryconfig")

# This worker process and its pool (forked from it, so they share the value): the holder of the checks
# it claims. A worker restarted under the same name is a new holder, so its predecessor's checks lapse.
WORKER_ID = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

# Often enough that /healthz turns red within WORKER_HEARTBEAT_MAX_AGE (25 s) of the last worker stopping.
HEARTBEAT_SECONDS = 10.0


class Heartbeat(bootsteps.StartStopStep):
    """Every few seconds: 'this worker is alive' for /healthz, and the leases of the checks it holds."""

    requires = ("celery.worker.components:Timer",)

    def __init__(self, parent: Any, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.timer_ref: Any = None

    def start(self, parent: Any) -> None:
        from worker.heartbeat import beat_for_worker

        beat_for_worker(parent.hostname, WORKER_ID)
        self.timer_ref = parent.timer.call_repeatedly(
            HEARTBEAT_SECONDS, beat_for_worker, (parent.hostname, WORKER_ID)
        )

    def stop(self, parent: Any) -> None:
        if self.timer_ref is not None:
            self.timer_ref.cancel()


app.steps["worker"].add(Heartbeat)
