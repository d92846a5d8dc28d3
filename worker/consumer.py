"""The worker's broker consumer, reconnecting within seconds of the broker's return.

kombu waits 2, 4, 6 … up to 30 s between reconnection attempts and Celery gives no setting for the
consumer's intervals, so after an outage of a minute a worker could sit idle for half a minute with
Redis already back — and the sweep that re-sends lost checks runs in a worker. Here the wait grows
by one second up to five (issue 13.3: checks accepted while the broker was away are enqueued within
30 s of its return). Chosen with `worker_consumer` in worker/celeryconfig.py.
"""

from __future__ import annotations

import functools
from typing import Any

from celery.worker.consumer import Consumer

RETRY_INTERVALS = {"interval_start": 1, "interval_step": 1, "interval_max": 5}


class QuickReconnectConsumer(Consumer):
    def ensure_connected(self, conn: Any) -> Any:
        conn.ensure_connection = functools.partial(conn.ensure_connection, **RETRY_INTERVALS)
        return super().ensure_connected(conn)
