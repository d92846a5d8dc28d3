"""/healthz: is the database there, is the broker reachable, has a worker answered recently?

A stopped pipeline shows here (503) instead of as uploads that quietly stay queued.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import Min
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from plans.models import CheckStatus, PlanVersion
from worker.celery import app
from worker.models import Heartbeat


def _database() -> dict[str, Any]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return {"ok": True, "vendor": connection.vendor}
    except Exception as error:  # any failure is the answer here
        return {"ok": False, "error": type(error).__name__}


def _broker() -> dict[str, Any]:
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, timeout=3)
            return {"ok": True, "transport": conn.transport_cls}
    except Exception as error:
        return {"ok": False, "error": type(error).__name__}


def _age(seen: datetime.datetime | None, now: datetime.datetime) -> float | None:
    return round((now - seen).total_seconds(), 1) if seen else None


def _worker(now: datetime.datetime, database_ok: bool) -> dict[str, Any]:
    if not database_ok:
        return {"ok": False, "error": "database unavailable"}
    latest = Heartbeat.objects.filter(name__startswith="worker:").order_by("-seen_at").first()
    age = _age(latest.seen_at if latest else None, now)
    ok = age is not None and age <= settings.WORKER_HEARTBEAT_MAX_AGE
    return {"ok": ok, "last_seen": latest.seen_at.isoformat() if latest else None, "age_seconds": age}


def _queue(now: datetime.datetime, database_ok: bool) -> dict[str, Any]:
    if not database_ok:
        return {}
    waiting = PlanVersion.objects.filter(check_status__in=[CheckStatus.QUEUED, CheckStatus.CHECKING])
    oldest = waiting.aggregate(oldest=Min("check_queued_at"))["oldest"]
    sweep = Heartbeat.objects.filter(name="sweep").first()
    return {
        "waiting": waiting.count(),
        "oldest_waiting_seconds": _age(oldest, now),
        "sweep_last_ran_seconds_ago": _age(sweep.seen_at if sweep else None, now),
    }


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    now = timezone.now()
    database = _database()
    checks = {"database": database, "broker": _broker(), "worker": _worker(now, database["ok"])}
    healthy = all(check["ok"] for check in checks.values())
    body = {"status": "ok" if healthy else "unhealthy", **checks, "queue": _queue(now, database["ok"])}
    return JsonResponse(body, status=200 if healthy else 503)
