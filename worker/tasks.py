"""Thin tasks: take ids, call one service, decide whether to retry."""

from __future__ import annotations

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import InterfaceError, OperationalError
from kombu.exceptions import ChannelError

from plans import check_pipeline, jobs
from plans.models import CheckFailure
from plans.retention import SCHEDULED_PURGE
from reviews import reminders, retention, stored_files
from worker.celery import WORKER_ID, app
from worker.heartbeat import beat_for

SEND_REMINDERS = "reviews.send_reminders"
SWEEP_STORED_FILES = "reviews.sweep_stored_files"
PURGE = "reviews.purge"

# Only transient database trouble is retried; an unreadable document is a result, not an error.
TRANSIENT = (OperationalError, InterfaceError)


@app.task(
    name=jobs.CHECK_VERSION,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT,
    retry_backoff=5,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=5,
    soft_time_limit=settings.CHECK_SOFT_TIME_LIMIT,
    time_limit=settings.CHECK_TIME_LIMIT,
)
def check_version(version_id: int) -> str:
    try:
        return str(check_pipeline.run_check(version_id=version_id, worker=WORKER_ID).status)
    except SoftTimeLimitExceeded:
        return str(check_pipeline.fail_check(version_id=version_id, failure=CheckFailure.TIMEOUT).status)


@app.task(
    name=jobs.REQUEUE_STALE_CHECKS,
    acks_late=True,
    autoretry_for=TRANSIENT,
    retry_backoff=5,
    max_retries=3,
    soft_time_limit=50,
    time_limit=60,
)
def requeue_stale_checks() -> int:
    lost = broker_lost_its_messages()  # asked first: the sweep's own sends must not count
    result = check_pipeline.requeue_stale_checks(broker_idle=broker_holds_no_checks(), broker_lost=lost)
    beat_for("sweep")
    return len(result.requeued) + len(result.resent)


# A queue no worker consumes, holding one message: the broker's memory of this system. When the
# message is gone, the broker lost what it held (Redis restarted without its data).
BROKER_MARK_QUEUE = "plangranskning.broker-mark"


def broker_lost_its_messages() -> bool:
    """True when the mark left by an earlier sweep is gone from the broker, and so is every check
    message sent before it went; leaves a new mark. False when the broker cannot be asked."""
    try:
        with app.connection_for_write() as connection:
            mark = connection.SimpleQueue(BROKER_MARK_QUEUE)
            try:
                try:
                    if mark.qsize() > 0:
                        return False
                except ChannelError:  # NOT_FOUND: the queue itself is gone
                    pass
                mark.put({"left_by": WORKER_ID})
                return True
            finally:
                mark.close()
    except Exception:  # the broker is away: it holds nothing we can judge
        return False


def broker_holds_no_checks() -> bool:
    """True when the check queue is empty (or gone, as after a broker restarted empty)."""
    try:
        with app.connection_for_read() as connection:
            declared = connection.default_channel.queue_declare(  # type: ignore[attr-defined]
                queue=app.conf.task_default_queue, passive=True
            )
    except ChannelError:  # NOT_FOUND: no such queue, so nothing in it
        return True
    except Exception:  # the broker cannot be asked: assume it holds what it was given
        return False
    return int(declared.message_count) == 0


@app.task(
    name=SEND_REMINDERS,
    acks_late=True,
    autoretry_for=TRANSIENT,
    retry_backoff=30,
    max_retries=3,
    soft_time_limit=240,
    time_limit=300,
)
def send_reminders() -> int:
    """The day's reminder e-mails; each goes out once whatever how often this runs."""
    return len(reminders.send_due_reminders().sent)


@app.task(name=SWEEP_STORED_FILES, acks_late=True, autoretry_for=TRANSIENT, max_retries=3, time_limit=600)
def sweep_stored_files() -> int:
    """Stored files with no row, older than an hour, removed and logged (issue 13.1)."""
    return len(stored_files.sweep_stored_files())


@app.task(
    name=PURGE, acks_late=True, autoretry_for=TRANSIENT, max_retries=3, soft_time_limit=1800, time_limit=1900
)
def purge() -> int:
    """Retention (gallring), as `manage.py purge` does it; returns how many plans lost files.

    Each plan is its own transaction, so a run stopped half-way is finished by the next one."""
    report = retention.purge(dry_run=False, by=SCHEDULED_PURGE)
    return sum(year.plans for year in report.years)
