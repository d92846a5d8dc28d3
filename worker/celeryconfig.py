"""Celery settings, derived from Django settings (which come from the environment)."""

from __future__ import annotations

from typing import Any

from celery.schedules import crontab
from django.conf import settings

from plans import jobs

broker_url: str = settings.CELERY_BROKER_URL
broker_transport_options: dict[str, Any]
if broker_url.startswith("filesystem"):
    # The embedded default: a broker that is just a folder, shared by web, worker and beat.
    _queue = settings.CELERY_BROKER_DIR / "queue"
    _processed = settings.CELERY_BROKER_DIR / "processed"
    _control = settings.CELERY_BROKER_DIR / "control"  # exchange tables; else "control/" in the cwd
    for _folder in (_queue, _processed, _control):
        _folder.mkdir(parents=True, exist_ok=True)
    broker_transport_options = {
        "data_folder_in": str(_queue),
        "data_folder_out": str(_queue),
        "processed_folder": str(_processed),
        "control_folder": str(_control),
        "store_processed": False,
    }
else:
    # A task lost with its worker is redelivered after this, instead of Redis' default hour.
    broker_transport_options = {"visibility_timeout": settings.CELERY_VISIBILITY_TIMEOUT}

# The version's check status is the truth; Celery keeps no results.
task_ignore_result = True
result_backend = None

# At-least-once delivery; tasks are safe to run twice.
task_acks_late = True
task_reject_on_worker_lost = True
worker_prefetch_multiplier = 1
task_soft_time_limit = settings.CHECK_SOFT_TIME_LIMIT
task_time_limit = settings.CHECK_TIME_LIMIT

task_serializer = "json"
accept_content = ["json"]
timezone = settings.TIME_ZONE
enable_utc = True

# A broker outage must not make an upload hang: give up quickly, the sweep sends it again later.
broker_connection_timeout = 3
broker_connection_retry_on_startup = True
task_publish_retry_policy = {"max_retries": 2, "interval_start": 0, "interval_step": 0.5, "interval_max": 1}

worker_hijack_root_logger = False
worker_consumer = "worker.consumer:QuickReconnectConsumer"  # back on the broker within seconds
# Beat keeps its schedule in VAR_DIR, which a fresh deployment may not have created yet.
settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
beat_schedule_filename = str(settings.VAR_DIR / "celerybeat-schedule")
beat_schedule = {
    # Lost checks and unsent messages (plans/check_pipeline.py); a run not started in time is dropped.
    "requeue-stale-checks": {
        "task": jobs.REQUEUE_STALE_CHECKS,
        "schedule": float(settings.CHECK_SWEEP_SECONDS),
        "options": {"expires": float(settings.CHECK_SWEEP_SECONDS)},
    },
    # Daily; also every hour after, so a day the beat was down still gets its reminders (keys dedupe).
    "send-reminders": {
        "task": "reviews.send_reminders",
        "schedule": crontab(minute=5, hour=f"{settings.REMINDER_HOUR}-20"),
    },
    # Webhooks: new events become deliveries, overdue ones are sent again. A run the workers did not
    # reach within the minute is dropped; the next one does the same work.
    "collect-webhooks": {"task": "api.collect_webhooks", "schedule": crontab(), "options": {"expires": 55}},
    # Files a killed process left without their row (uploads and letters are otherwise all or nothing).
    "sweep-stored-files": {"task": "reviews.sweep_stored_files", "schedule": crontab(minute=17)},
    # Retention (docs/retention.md): nightly, so a school year past keeping goes the night after; a
    # night with nothing past keeping removes nothing.
    "purge": {"task": "reviews.purge", "schedule": crontab(minute=40, hour=3)},
}
# Modules every worker imports at start: api's webhook tasks (api and worker never import each other,
# so the worker names the module instead of importing it).
imports = ("api.tasks",)
