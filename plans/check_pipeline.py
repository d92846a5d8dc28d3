"""The life of a check: claimed under a lease, finished once, swept when lost.

A worker claims a version with a lease (CHECK_LEASE_SECONDS) that its heartbeat renews while it
holds the check; a worker that dies stops renewing, and the sweep (every CHECK_SWEEP_SECONDS) hands
the version to another worker at once instead of waiting for the broker's visibility timeout.
Versions whose message never reached the broker (it was down) or was lost with it are sent again by
the same sweep. Every step is a compare-and-set, so a message delivered twice checks once.
"""

from __future__ import annotations

import datetime
import logging
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from plans import jobs, selectors
from plans.checking import (
    ENGINE_VERSION,
    CheckResult,
    DocumentUnreadable,
    Evidence,
    Part,
    PlannedMeasure,
    check_document,
    mask_identity_numbers,
    planned_measures,
    read_document,
)
from plans.checking.outline import outline_of
from plans.models import (
    CheckFailure,
    CheckRun,
    CheckStatus,
    EventKind,
    Finding,
    Plan,
    PlanTemplate,
    PlanVersion,
    RequirementResult,
)
from plans.services import record_event

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckOutcome:
    version_id: int
    status: str
    ran: bool  # False when there was nothing to do (already settled, or another worker finished first)


def _lease(now: datetime.datetime) -> datetime.datetime:
    return now + datetime.timedelta(seconds=settings.CHECK_LEASE_SECONDS)


def run_check(*, version_id: int, worker: str = "", now: datetime.datetime | None = None) -> CheckOutcome:
    """Check one version. Safe to run twice: a settled version is left alone.

    The claim is a compare-and-set to CHECKING: a queued version, one whose holder's lease lapsed
    (its worker died), or one this worker already holds (its pool process died and the message came
    back). The finish is guarded too, so only one finish is written.
    """
    started = now or timezone.now()
    claimable = (
        Q(check_status=CheckStatus.QUEUED)
        | Q(check_status=CheckStatus.CHECKING, check_worker=worker)
        | Q(check_status=CheckStatus.CHECKING, check_lease_until__lt=started)
        | Q(check_status=CheckStatus.CHECKING, check_lease_until__isnull=True)
    )
    # A version whose file the purge removed is never checked again (plans.retention).
    claimed = PlanVersion.objects.filter(claimable, pk=version_id, purged_at__isnull=True).update(
        check_status=CheckStatus.CHECKING,
        check_started_at=started,
        check_attempts=F("check_attempts") + 1,
        check_worker=worker,
        check_lease_until=_lease(started),
    )
    if claimed != 1:
        status = PlanVersion.objects.filter(pk=version_id).values_list("check_status", flat=True).first()
        return CheckOutcome(version_id, status or "missing", ran=False)
    version = PlanVersion.objects.select_related("plan").get(pk=version_id)
    try:
        with version.file.open("rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return fail_check(version_id=version_id, failure=CheckFailure.FILE_MISSING, detail=version.file.name)
    clock = time.perf_counter()
    try:
        document = read_document(data)
    except DocumentUnreadable as unreadable:
        # An unreadable document is a result, not a reason to retry.
        return fail_check(version_id=version_id, failure=CheckFailure.UNREADABLE, detail=unreadable.detail)
    try:
        template = selectors.template_for(version.plan.school_year)
    except PlanTemplate.DoesNotExist as missing:
        # Configuration, not a passing fault: say so at once instead of retrying until abandoned.
        return fail_check(version_id=version_id, failure=CheckFailure.NO_TEMPLATE, detail=str(missing))
    result = check_document(
        document,
        selectors.template_spec(template),
        school_year=version.plan.school_year.label,
        previous_measures=_previous_measures(version.plan),
    )
    outline = outline_of(document)
    duration_ms = round((time.perf_counter() - clock) * 1000)
    finished = timezone.now()
    with transaction.atomic():
        won = PlanVersion.objects.filter(
            pk=version_id, check_status=CheckStatus.CHECKING, check_worker=worker
        ).update(
            check_status=CheckStatus.CHECKED,
            check_finished_at=finished,
            check_lease_until=None,
            check_failure="",
            check_failure_detail="",
        )
        if won != 1:  # another worker got there first
            return CheckOutcome(version_id, CheckStatus.CHECKED, ran=False)
        run, created = CheckRun.objects.get_or_create(
            version=version,
            template=template,
            engine_version=ENGINE_VERSION,
            defaults={"outline": outline.as_dict(), "duration_ms": duration_ms, "language": result.language},
        )
        if created:
            store_results(run, result)
        # The run the version's results now come from: set here only, inside the guarded finish.
        # An existing run (same template and engine) is taken as it is; its results are never rewritten.
        PlanVersion.objects.filter(pk=version_id).update(current_run=run)
        record_event(
            plan=version.plan,
            kind=EventKind.CHECK_FINISHED,
            by=None,
            version=version,
            data={
                "engine": ENGINE_VERSION,
                "template": template.pk,
                "duration_ms": duration_ms,
                "check_run": run.pk,
                "new_run": created,
            },
            now=finished,
        )
    return CheckOutcome(version_id, CheckStatus.CHECKED, ran=True)


def _previous_measures(plan: Plan) -> tuple[PlannedMeasure, ...]:
    """What last year's plan of the school planned: this year's plan must account for each."""
    previous = selectors.previous_year_version(plan)
    if previous is None or previous.purged_at is not None:  # a file removed by retention
        return ()
    try:
        with previous.file.open("rb") as handle:
            return planned_measures(read_document(handle.read()))
    except (FileNotFoundError, DocumentUnreadable):
        logger.warning("plan %s: last year's version %s could not be read", plan.pk, previous.pk)
        return ()


def _evidence_rows(evidence: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [_evidence_row(e) for e in evidence]


def _evidence_row(e: Evidence) -> dict[str, Any]:
    # A quote may hold a personal identity number the plan leaks; what is stored and shown never does.
    return {
        "heading_path": [mask_identity_numbers(h) for h in e.heading_path],
        "first_block": e.first_block,
        "last_block": e.last_block,
        "quote": mask_identity_numbers(e.quote),
    }


def _part_rows(parts: tuple[Part, ...]) -> list[dict[str, Any]]:
    return [
        {
            "name": p.name,
            "found": p.found,
            "evidence": _evidence_row(p.evidence) if p.evidence else None,
            "params": dict(p.params),
        }
        for p in parts
    ]


def store_results(run: CheckRun, result: CheckResult) -> None:
    """One row per requirement result and per finding; identity numbers only masked."""
    RequirementResult.objects.bulk_create(
        RequirementResult(
            check_run=run,
            order=order,
            key=r.key,
            status=r.status,
            reason=r.reason,
            params=dict(r.params),
            evidence=_evidence_rows(r.evidence),
            parts=_part_rows(r.parts),
        )
        for order, r in enumerate(result.requirements)
    )
    Finding.objects.bulk_create(
        Finding(
            check_run=run,
            code=f.code,
            severity=f.severity,
            masked=f.masked,
            params=dict(f.params),
            evidence=_evidence_rows(f.evidence),
        )
        for f in result.findings
    )


def fail_check(*, version_id: int, failure: CheckFailure, detail: str = "") -> CheckOutcome:
    """Settle a version as failed with a reason its uploader can read."""
    with transaction.atomic():
        updated = PlanVersion.objects.filter(
            pk=version_id, check_status__in=[CheckStatus.QUEUED, CheckStatus.CHECKING]
        ).update(
            check_status=CheckStatus.FAILED,
            check_finished_at=timezone.now(),
            check_lease_until=None,
            check_failure=failure,
            check_failure_detail=detail[:2000],
        )
        if updated != 1:
            status = PlanVersion.objects.filter(pk=version_id).values_list("check_status", flat=True).first()
            return CheckOutcome(version_id, status or "missing", ran=False)
        version = PlanVersion.objects.select_related("plan").get(pk=version_id)
        record_event(
            plan=version.plan, kind=EventKind.CHECK_FAILED, by=None, version=version, data={"reason": failure}
        )
    return CheckOutcome(version_id, CheckStatus.FAILED, ran=True)


def renew_leases(*, worker: str, now: datetime.datetime | None = None) -> int:
    """The heartbeat of a living worker: extend the leases of the checks it holds.

    A check past its hard time limit is not renewed: its process was killed, so its lease lapses and
    the sweep sends it again (until CHECK_MAX_ATTEMPTS).
    """
    now = now or timezone.now()
    oldest_alive = now - datetime.timedelta(seconds=settings.CHECK_TIME_LIMIT)
    return PlanVersion.objects.filter(
        check_status=CheckStatus.CHECKING, check_worker=worker, check_started_at__gte=oldest_alive
    ).update(check_lease_until=_lease(now))


@dataclass(frozen=True)
class SweepResult:
    requeued: list[int]  # held by a worker that is gone: queued again
    resent: list[int]  # queued, but the broker never got the message or lost it: sent again
    abandoned: list[int]


def requeue_stale_checks(
    *, now: datetime.datetime | None = None, broker_idle: bool = False, broker_lost: bool = False
) -> SweepResult:
    """Hand lost checks to another worker; send again what the broker never got or lost.

    broker_idle: the broker holds no check messages at all, so a version queued and sent more than
    CHECK_LOST_AFTER seconds ago lost its message.
    broker_lost: the broker lost everything it held before now (it restarted empty), so every
    version waiting on a message sent before now is sent again at once. A duplicate is harmless:
    the claim lets one check run.
    """
    now = now or timezone.now()
    held_by_nobody = PlanVersion.objects.filter(
        Q(check_lease_until__lt=now)
        | Q(check_lease_until__isnull=True, check_started_at__lt=now - _seconds(settings.CHECK_STALE_AFTER)),
        check_status=CheckStatus.CHECKING,
    ).values_list("pk", "check_attempts")
    requeued: list[int] = []
    abandoned: list[int] = []
    for version_id, attempts in held_by_nobody:
        if attempts >= settings.CHECK_MAX_ATTEMPTS:
            fail_check(
                version_id=version_id,
                failure=CheckFailure.ABANDONED,
                detail=f"{attempts} attempts without a result",
            )
            abandoned.append(version_id)
        elif _queue_again(version_id, was=CheckStatus.CHECKING, attempts=attempts, now=now):
            requeued.append(version_id)
    resent = _send_unsent(now=now, broker_idle=broker_idle, broker_lost=broker_lost)
    if requeued or resent or abandoned:
        logger.warning("check sweep: requeued %s, resent %s, abandoned %s", requeued, resent, abandoned)
    return SweepResult(requeued=requeued, resent=resent, abandoned=abandoned)


def _seconds(seconds: float) -> datetime.timedelta:
    return datetime.timedelta(seconds=seconds)


def _send_unsent(*, now: datetime.datetime, broker_idle: bool, broker_lost: bool) -> list[int]:
    # A version queued a moment ago may be between its commit and its publish: leave it a grace.
    never_sent = Q(check_sent_at__isnull=True, check_queued_at__lt=now - _seconds(settings.CHECK_SEND_GRACE))
    never_sent |= Q(check_sent_at__isnull=True, check_queued_at__isnull=True)
    lost = Q(check_sent_at__lt=now - _seconds(settings.CHECK_STALE_AFTER))
    if broker_idle:
        lost |= Q(check_sent_at__lt=now - _seconds(settings.CHECK_LOST_AFTER))
    if broker_lost:
        lost |= Q(check_sent_at__lt=now)
    waiting = PlanVersion.objects.filter(never_sent | lost, check_status=CheckStatus.QUEUED)
    resent: list[int] = []
    for version_id in waiting.order_by("check_queued_at", "pk").values_list("pk", flat=True):
        if not jobs.publish_check(version_id):
            break  # the broker is still down: the next sweep tries again
        resent.append(version_id)
    return resent


def _queue_again(version_id: int, *, was: str, attempts: int, now: datetime.datetime) -> bool:
    with transaction.atomic():
        # Compare-and-set: a check that a worker took up again or finished meanwhile is left alone.
        moved = (
            PlanVersion.objects.filter(pk=version_id, check_status=was)
            .filter(Q(check_lease_until__lt=now) | Q(check_lease_until__isnull=True))
            .update(
                check_status=CheckStatus.QUEUED,
                check_queued_at=now,
                check_sent_at=None,
                check_worker="",
                check_lease_until=None,
            )
        )
        if moved != 1:
            return False
        version = PlanVersion.objects.select_related("plan").get(pk=version_id)
        record_event(
            plan=version.plan,
            kind=EventKind.CHECK_REQUEUED,
            by=None,
            version=version,
            data={"was": was, "attempts": attempts},
            now=now,
        )
        jobs.enqueue_check(version_id)
    return True
