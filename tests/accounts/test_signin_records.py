"""Sign-in records (django-axes: user name, address, browser) are purged after
SIGNIN_RECORDS_KEEP_DAYS days; newer ones stay, so a lockout running now is not lifted."""

from __future__ import annotations

import datetime
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from axes.models import AccessAttempt, AccessFailureLog  # type: ignore[import-untyped]
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from plans.retention import count_signin_records, purge_signin_records

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def _records(username: str, *, days_ago: float, now: datetime.datetime) -> None:
    """A lockout counter and a failure-log row as django-axes writes them, `days_ago` old.

    Created directly: axes itself deletes counters past the cool-off, but only when another
    sign-in fails, so a quiet month leaves the last ones; the failure log is off by default."""
    fields = {"username": username, "ip_address": "10.0.0.1", "user_agent": "pytest", "path_info": "/"}
    attempt = AccessAttempt.objects.create(**fields, get_data="", post_data="", failures_since_start=1)
    failure = AccessFailureLog.objects.create(**fields)
    when = now - datetime.timedelta(days=days_ago)
    for row in (attempt, failure):
        type(row).objects.filter(pk=row.pk).update(attempt_time=when)


def test_sign_in_records_older_than_the_limit_go_and_newer_ones_stay(settings) -> None:  # type: ignore[no-untyped-def]
    settings.SIGNIN_RECORDS_KEEP_DAYS = 90
    now = timezone.now()
    _records("gammal", days_ago=90.01, now=now)
    _records("nyare", days_ago=89.99, now=now)
    _records("idag", days_ago=0, now=now)

    counted = count_signin_records(now=now)
    assert (counted.attempts, counted.failures, counted.total) == (1, 1, 2)
    assert AccessAttempt.objects.count() == 3, "counting removes nothing"

    removed = purge_signin_records(now=now)
    assert (removed.attempts, removed.failures, removed.total) == (1, 1, 2)
    assert sorted(AccessAttempt.objects.values_list("username", flat=True)) == ["idag", "nyare"]
    assert sorted(AccessFailureLog.objects.values_list("username", flat=True)) == ["idag", "nyare"]


def test_a_real_failed_sign_in_today_is_kept(settings) -> None:  # type: ignore[no-untyped-def]
    Client().post("/accounts/login/", {"username": "idag", "password": "wrong"}, REMOTE_ADDR="10.0.0.3")
    assert AccessAttempt.objects.filter(username="idag").exists()
    assert purge_signin_records().total == 0
    assert AccessAttempt.objects.filter(username="idag").exists()


def test_the_purge_command_reports_and_removes_sign_in_records(settings) -> None:  # type: ignore[no-untyped-def]
    settings.SIGNIN_RECORDS_KEEP_DAYS = 30
    _records("gammal", days_ago=31, now=timezone.now())
    out = io.StringIO()
    call_command("purge", "--dry-run", stdout=out)
    assert ": 2 (1 lockout counters, 1 failures, 0 sign-ins)" in out.getvalue()
    assert AccessAttempt.objects.exists()
    call_command("purge", stdout=io.StringIO())
    assert not AccessAttempt.objects.exists() and not AccessFailureLog.objects.exists()


def test_a_limit_shorter_than_the_lockout_is_refused_at_start_up() -> None:
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={
            **environment,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "SECRET_KEY": "x" * 50,  # required with a server database (CI)
            "SIGNIN_RECORDS_KEEP_DAYS": "1",
            "LOGIN_COOLOFF_MINUTES": str(2 * 24 * 60),
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "SIGNIN_RECORDS_KEEP_DAYS must be at least 1" in result.stderr
