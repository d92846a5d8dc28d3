"""Retention (gallring) of plans' own data: which school years a district keeps, what of an older
year's plan versions goes, and the sign-in records kept SIGNIN_RECORDS_KEEP_DAYS days.

A purge removes what came from the school's file and keeps the record (docs/retention.md): the
version row stays with `purged_at` set and `file` empty, the file is deleted once that commits, and
what the check copied out of it (quotes, masked identity numbers, the outline of headings) is
dropped. The audit trail is not touched: it is append-only (in PostgreSQL a trigger refuses every
UPDATE and DELETE) and it is the record of what existed, so the purge adds one event per plan
instead of opening a way around the trigger. reviews.retention composes this with letters and
reminders, which plans cannot see.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from axes.models import AccessAttempt, AccessFailureLog, AccessLog  # type: ignore[import-untyped]
from django.conf import settings
from django.core.files.storage import Storage, storages
from django.db.models import QuerySet
from django.utils import timezone

from plans.models import (
    CheckRun,
    CheckStatus,
    District,
    Finding,
    Plan,
    PlanVersion,
    RequirementResult,
    SchoolYear,
)
from plans.permissions import Operator

# A check that is queued or running still reads the file: its version waits for the next purge.
SETTLED = (CheckStatus.CHECKED, CheckStatus.FAILED)


class Purger(Operator):
    """Who the audit trail names for a purge: the district's rule, run by a command or the beat."""

    def __init__(self, label: str) -> None:
        self.label = label

    def __str__(self) -> str:
        return self.label


PURGE_COMMAND = Purger("purge command")
SCHEDULED_PURGE = Purger("scheduled purge")


# --- Which school years a district keeps ---


def school_years_past_keeping(district: District, *, today: datetime.date) -> list[SchoolYear]:
    """The district's school years older than its `keep_school_years` newest ones that have begun.

    A year not yet begun is always kept. A year the district never created (a gap) does not count,
    so the window then reaches further back: a gap never makes more go.
    """
    begun = SchoolYear.objects.filter(district_id=district.pk, starts_on__lte=today)
    return list(begun.order_by("-starts_on", "-pk"))[district.keep_school_years :]


def is_past_keeping(school_year: SchoolYear, *, today: datetime.date) -> bool:
    """Asked again just before a plan is purged: an administrator may have raised the number since."""
    district = District.objects.get(pk=school_year.district_id)
    return school_year.pk in {year.pk for year in school_years_past_keeping(district, today=today)}


# --- Version files ---


@dataclass(frozen=True)
class StoredFile:
    """A stored file the purge removes, and the row that names it."""

    row: int
    name: str
    size: int  # bytes in the store now; 0 when the file is already missing
    number: int | None = None  # the version's number, for the audit event


def stored_size(storage: Storage, name: str) -> int:
    try:
        return int(storage.size(name))
    except (OSError, NotImplementedError):  # already missing: nothing to free, the row is still marked
        return 0


def purgeable_versions(plan: Plan) -> QuerySet[PlanVersion]:
    return PlanVersion.objects.filter(plan=plan, purged_at__isnull=True, check_status__in=SETTLED)


def version_files(plan: Plan, *, lock: bool = False) -> list[StoredFile]:
    """The plan's version files a purge removes (lock: inside the purge's transaction)."""
    versions = purgeable_versions(plan).order_by("number")
    if lock:
        versions = versions.select_for_update()
    storage = storages["plans"]
    return [
        StoredFile(pk, name, stored_size(storage, name) if name else 0, number)
        for pk, name, number in versions.values_list("pk", "file", "number")
    ]


def remove_version_files(*, plan: Plan, now: datetime.datetime) -> list[StoredFile]:
    """Mark the plan's settled versions purged and drop what their checks copied from the files.

    Runs inside the caller's transaction; the caller deletes the returned files once it commits (a
    file whose delete fails is named by no row, so the hourly orphan sweep removes it).
    """
    files = version_files(plan, lock=True)
    ids = [f.row for f in files]
    PlanVersion.objects.filter(pk__in=ids).update(purged_at=now, file="")
    drop_check_quotes(ids)
    return files


def drop_check_quotes(version_ids: list[int]) -> None:
    """Quotes, masked identity numbers and heading outlines are copies of the file: they go with it.

    Statuses, reason codes and their short parameters stay: they are how the plan fared, which the
    decisions and the district's statistics rest on.
    """
    runs = CheckRun.objects.filter(version_id__in=version_ids)
    runs.update(outline={})
    Finding.objects.filter(check_run__in=runs).update(evidence=[], masked="")
    results = list(RequirementResult.objects.filter(check_run__in=runs).only("pk", "evidence", "parts"))
    for result in results:
        result.evidence = []
        result.parts = [{**part, "evidence": None} for part in result.parts]
    RequirementResult.objects.bulk_update(results, ["evidence", "parts"], batch_size=500)


# --- Sign-in records (django-axes) ---


@dataclass(frozen=True)
class SigninRecords:
    """Failed sign-ins hold a user name, an address and a browser: kept only as long as useful."""

    before: datetime.datetime
    attempts: int = 0  # lockout counters (axes drops expired ones only when another sign-in fails)
    failures: int = 0  # the failure log (off unless AXES_ENABLE_ACCESS_FAILURE_LOG)
    logins: int = 0  # successful sign-ins (off: AXES_DISABLE_ACCESS_LOG; rows from before)

    @property
    def total(self) -> int:
        return self.attempts + self.failures + self.logins


def signin_records_before(now: datetime.datetime) -> datetime.datetime:
    return now - datetime.timedelta(days=settings.SIGNIN_RECORDS_KEEP_DAYS)


def _signin_querysets(before: datetime.datetime) -> tuple[QuerySet[AccessAttempt], ...]:
    # settings.py makes sure the cut-off lies before the lockout cool-off: no lockout is lifted.
    return tuple(
        model.objects.filter(attempt_time__lt=before)
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
    )


def count_signin_records(*, now: datetime.datetime | None = None) -> SigninRecords:
    before = signin_records_before(now or timezone.now())
    attempts, failures, logins = (records.count() for records in _signin_querysets(before))
    return SigninRecords(before, attempts, failures, logins)


def purge_signin_records(*, now: datetime.datetime | None = None) -> SigninRecords:
    before = signin_records_before(now or timezone.now())
    attempts, failures, logins = (
        records.delete()[1].get(records.model._meta.label, 0) for records in _signin_querysets(before)
    )
    return SigninRecords(before, attempts, failures, logins)
