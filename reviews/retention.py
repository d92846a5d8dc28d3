"""The purge (gallring), composed over plans and reviews: for each district and each school year past
what it keeps, what goes, and removing it, one plan per transaction with its audit event.

From a plan of such a year go its version files and what the check copied from them
(plans.retention), its feedback letters' files, the masked identity numbers its feedback items
copied, and its reminder records (they hold the recipients' addresses). The record stays: plan,
versions and letters (marked `purged_at`, file empty), check statuses, review status, decisions,
feedback and the audit trail, which gains one "files removed" event saying what went and how much.
Nothing of a kept school year is touched, so its approved (published) versions never go. A second
run finds nothing left and writes nothing. docs/retention.md gives the reasons.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.core.files.storage import storages
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from plans import retention
from plans.models import District, EventKind, Plan, PlanVersion, SchoolYear
from plans.retention import PURGE_COMMAND, Purger, SigninRecords, StoredFile, stored_size
from plans.services import record_event
from plans.uploads import remove_stored
from reviews.models import FeedbackItem, FeedbackLetter, ReminderSent

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlanPurge:
    """What goes (or went) from one plan."""

    versions: list[StoredFile] = field(default_factory=list)
    letters: list[StoredFile] = field(default_factory=list)
    reminders: int = 0

    @property
    def bytes(self) -> int:
        return sum(f.size for f in (*self.versions, *self.letters))

    @property
    def is_empty(self) -> bool:
        return not (self.versions or self.letters or self.reminders)


@dataclass
class YearPurge:
    """One row of the report: a district's school year past keeping."""

    district: str
    school_year: str
    plans: int = 0  # plans with something to remove
    plan_files: int = 0
    letters: int = 0
    reminders: int = 0
    bytes: int = 0

    def add(self, plan: PlanPurge) -> None:
        if plan.is_empty:
            return
        self.plans += 1
        self.plan_files += len(plan.versions)
        self.letters += len(plan.letters)
        self.reminders += plan.reminders
        self.bytes += plan.bytes


@dataclass(frozen=True)
class DistrictKeeps:
    district: str
    keep_school_years: int
    past_keeping: list[str]  # labels of the school years whose files go


@dataclass(frozen=True)
class PurgeReport:
    dry_run: bool
    districts: list[DistrictKeeps]
    years: list[YearPurge]  # only years with something to remove
    signin: SigninRecords

    @property
    def is_empty(self) -> bool:
        return not self.years and not self.signin.total


def purge(
    *,
    districts: Sequence[District] | None = None,
    dry_run: bool,
    by: Purger = PURGE_COMMAND,
    now: datetime.datetime | None = None,
) -> PurgeReport:
    """List (dry_run) or remove what the districts' retention rules and SIGNIN_RECORDS_KEEP_DAYS
    say is past keeping. A dry run writes nothing; its counts and bytes are what a run would remove."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    kept: list[DistrictKeeps] = []
    rows: list[YearPurge] = []
    for district in districts if districts is not None else District.objects.order_by("name"):
        years = retention.school_years_past_keeping(district, today=today)
        kept.append(DistrictKeeps(district.name, district.keep_school_years, [y.label for y in years]))
        for year in years:
            row = YearPurge(district.name, year.label)
            for plan in _plans_with_something_left(year):
                row.add(inventory(plan) if dry_run else _purge_plan(plan, year, by=by, now=now, today=today))
            row.reminders += _reminders_without_plan(year, dry_run=dry_run, today=today)
            if row.plans or row.reminders:
                rows.append(row)
    signin = retention.count_signin_records(now=now) if dry_run else retention.purge_signin_records(now=now)
    report = PurgeReport(dry_run, kept, rows, signin)
    if not dry_run and not report.is_empty:
        logger.info(
            "purge: %s plan files, %s letters, %s reminder records, %s bytes; %s sign-in records",
            sum(r.plan_files for r in rows),
            sum(r.letters for r in rows),
            sum(r.reminders for r in rows),
            sum(r.bytes for r in rows),
            signin.total,
        )
    return report


def _plans_with_something_left(year: SchoolYear) -> QuerySet[Plan]:
    """Plans of the year a purge has not finished with: a nightly run skips the rest in one query."""
    of_plan = OuterRef("pk")
    return (
        Plan.objects.filter(school_year=year)
        .filter(
            Exists(PlanVersion.objects.filter(plan=of_plan, purged_at__isnull=True))
            | Exists(FeedbackLetter.objects.filter(plan=of_plan, purged_at__isnull=True))
            | Exists(ReminderSent.objects.filter(plan=of_plan))
        )
        .order_by("pk")
    )


def inventory(plan: Plan, *, lock: bool = False) -> PlanPurge:
    """What a purge would remove from the plan (lock: inside the purge's own transaction)."""
    letters = FeedbackLetter.objects.filter(plan=plan, purged_at__isnull=True).order_by("pk")
    if lock:
        letters = letters.select_for_update()
    storage = storages["plans"]
    return PlanPurge(
        versions=retention.version_files(plan, lock=lock),
        letters=[
            StoredFile(pk, name, stored_size(storage, name) if name else 0)
            for pk, name in letters.values_list("pk", "file")
        ],
        reminders=ReminderSent.objects.filter(plan=plan).count(),
    )


def _purge_plan(
    plan: Plan, year: SchoolYear, *, by: Purger, now: datetime.datetime, today: datetime.date
) -> PlanPurge:
    with transaction.atomic():
        if not retention.is_past_keeping(year, today=today):
            return PlanPurge()  # the district now keeps this year: leave it whole
        letters = inventory(plan, lock=True).letters
        versions = retention.remove_version_files(plan=plan, now=now)
        FeedbackLetter.objects.filter(pk__in=[f.row for f in letters]).update(purged_at=now, file="")
        FeedbackItem.objects.filter(plan=plan).exclude(finding_shown_as="").update(finding_shown_as="")
        reminders, _ = ReminderSent.objects.filter(plan=plan).delete()
        removed = PlanPurge(versions, letters, reminders)
        if removed.is_empty:
            return removed
        record_event(
            plan=plan,
            kind=EventKind.RETENTION_PURGE,
            by=by,
            data={
                "school_year": year.label,
                "keep_school_years": District.objects.get(pk=year.district_id).keep_school_years,
                "versions": [f.number for f in versions],
                "plan_files": len(versions),
                "letters": len(letters),
                "reminders": reminders,
                "bytes": removed.bytes,
            },
            now=now,
        )
        # Only once the rows no longer name the files; a delete that fails leaves an orphan the
        # hourly sweep (reviews.stored_files) removes.
        names = [f.name for f in (*versions, *letters) if f.name]
        transaction.on_commit(lambda: _delete_files(names), robust=True)
    return removed


def _delete_files(names: list[str]) -> None:
    storage = storages["plans"]
    for name in names:
        remove_stored(storage, name)


def _reminders_without_plan(year: SchoolYear, *, dry_run: bool, today: datetime.date) -> int:
    """Reminders about a school that had no plan row: there is no plan trail to record them in, so
    the command's output and the log say how many went."""
    records = ReminderSent.objects.filter(school_year=year, plan__isnull=True)
    if dry_run:
        return records.count()
    if not retention.is_past_keeping(year, today=today):
        return 0
    deleted, _ = records.delete()
    return deleted
