"""The background jobs plans asks for, by name; worker/tasks.py implements each name.

Sending by name keeps plans from importing the worker (no upward import). A signature resolves to
the registered task, so eager mode works in unit tests; worker/apps.py makes sure every name is
registered in web processes too.
"""

from __future__ import annotations

import logging

from celery import current_app
from django.db import transaction

CHECK_VERSION = "plans.check_version"
REQUEUE_STALE_CHECKS = "plans.requeue_stale_checks"

ALL_JOBS = (CHECK_VERSION, REQUEUE_STALE_CHECKS)

logger = logging.getLogger(__name__)


def send(name: str, *args: object) -> None:
    current_app.signature(name, args=args).apply_async()


def enqueue_check(version_id: int) -> None:
    """Ask for a check once the version is committed.

    robust=True: if the broker is down after commit the upload still succeeds; the version stays
    queued and the periodic sweep sends it again.
    """
    transaction.on_commit(lambda: send(CHECK_VERSION, version_id), robust=True)
