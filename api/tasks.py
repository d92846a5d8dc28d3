"""The webhook tasks: thin, like worker/tasks.py (take ids, call one service, decide retries).

They live in api, not worker/tasks.py, because worker and api never import each other (the layers
contract in pyproject.toml). `shared_task` registers them with the project's Celery app without an
import of worker; worker/celeryconfig.py lists this module in `imports`, so every worker loads it,
and api.webhooks imports it before sending, so web processes (and eager tests) resolve the names.
"""

from __future__ import annotations

from typing import Any

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError

from api import webhooks

TRANSIENT = (OperationalError, InterfaceError)


@shared_task(
    name=webhooks.COLLECT_WEBHOOKS,
    acks_late=True,
    autoretry_for=TRANSIENT,
    retry_backoff=5,
    max_retries=3,
    soft_time_limit=50,
    time_limit=60,
)
def collect_webhooks() -> int:
    """New events become deliveries; overdue pending deliveries are sent again."""
    created = webhooks.collect()
    webhooks.requeue_overdue()
    return created


@shared_task(
    name=webhooks.DELIVER_WEBHOOK,
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT,
    retry_backoff=5,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=settings.WEBHOOK_MAX_ATTEMPTS,
    soft_time_limit=45,
    time_limit=60,
)
def deliver_webhook(self: Any, delivery_id: int) -> str:
    """One attempt. A failed one is retried when the delivery row says (exponential backoff there)."""
    try:
        return str(webhooks.deliver(delivery_id=delivery_id))
    except webhooks.DeliveryFailed as failed:
        raise self.retry(exc=failed, countdown=failed.retry_in) from failed
