"""The background jobs plans asks for, by name; worker/tasks.py implements each name.

Sending by name keeps plans from importing the worker (no upward import). A signature resolves to
the registered task, so eager mode works in unit tests; worker/apps.py makes sure every name is
registered in web processes too.
"""

from __future__ import annotations

import logging

from celery import current_app
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerUnavailable

CHECK_VERSION = "plans.check_version"
REQUEUE_STALE_CHECKS = "plans.requeue_stale_checks"

ALL_JOBS = (CHECK_VERSION, REQUEUE_STALE_CHECKS)

logger = logging.getLogger(__name__)


def send(name: str, *args: object) -> None:
    current_app.signature(name, args=args).apply_async()


def enqueue_check(version_id: int) -> None:
    """Ask for a check once the version is committed.

    robust=True: whatever happens after the commit, the upload has succeeded; a version whose
    message did not reach the broker keeps check_sent_at empty and the sweep sends it again.
    """
    transaction.on_commit(lambda: publish_check(version_id), robust=True)


def publish_check(version_id: int) -> bool:
    """Hand the check to the broker and note that it has it; False when the broker is down."""
    # Imported here: worker/celeryconfig.py imports this module before Django's apps are ready.
    from plans.models import PlanVersion

    try:
        send(CHECK_VERSION, version_id)
    except (BrokerUnavailable, OSError):  # the version stays unsent, which is the record
        logger.warning("check of version %s not handed to the broker; the sweep sends it again", version_id)
        return False
    PlanVersion.objects.filter(pk=version_id).update(check_sent_at=timezone.now())
    return True
