"""Which results a plan's status stands on: the version the status refers to and the check run its
results come from. Every page, export and API endpoint that shows a plan's results reads them here.

- Not handed in: the newest version that has been checked (what the school is working on).
- Handed in (submitted, in review, resubmitted): the version handed in, with its current run.
- Decided (changes requested, approved): the version decided on, with the run the decision saw,
  so a later re-check never changes what the district sees for a decision.

A newer version uploaded after the one the status refers to is flagged: it has not been handed in.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db.models import OuterRef, Subquery

from plans.models import Plan, PlanVersion
from plans.selectors import ResultCounts, run_counts
from reviews.models import Decision, PlanStatus

DECIDED_STATUSES = (PlanStatus.CHANGES_REQUESTED, PlanStatus.APPROVED)


@dataclass(frozen=True)
class PlanState:
    """A plan's status, the version it refers to and the run whose results are shown for it."""

    plan_id: int
    status: str
    status_at: datetime.datetime | None  # when the status was set
    submitted_at: datetime.datetime | None
    version_id: int | None  # the version the status refers to
    version_number: int | None
    run_id: int | None  # the check run its results come from; None: not checked (yet)
    newest_number: int | None  # the plan's newest version, handed in or not
    decided_by: str = ""  # who made the decision the status records, if it is one

    @property
    def newer_not_submitted(self) -> bool:
        """A version newer than the one handed in (or decided on) exists and has not been handed in."""
        return (
            self.status != PlanStatus.NOT_SUBMITTED
            and self.version_number is not None
            and self.newest_number is not None
            and self.newest_number > self.version_number
        )


NO_PLAN = PlanState(
    plan_id=0,
    status=PlanStatus.NOT_SUBMITTED,
    status_at=None,
    submitted_at=None,
    version_id=None,
    version_number=None,
    run_id=None,
    newest_number=None,
)


def plan_states(plan_ids: Iterable[int]) -> dict[int, PlanState]:
    """plan id → its PlanState: one query (with subqueries) whatever the number of plans."""
    ids = list(plan_ids)
    if not ids:
        return {}
    versions = PlanVersion.objects.filter(plan=OuterRef("pk")).order_by("-number")
    checked = versions.filter(current_run__isnull=False)
    decision = Decision.objects.filter(
        plan=OuterRef("pk"), version=OuterRef("review__submitted_version")
    ).order_by("-at", "-pk")
    rows = (
        Plan.objects.filter(pk__in=ids)
        .annotate(
            newest_number=Subquery(versions.values("number")[:1]),
            checked_id=Subquery(checked.values("pk")[:1]),
            checked_number=Subquery(checked.values("number")[:1]),
            checked_run=Subquery(checked.values("current_run_id")[:1]),
            decision_run=Subquery(decision.values("check_run_id")[:1]),
            decision_by=Subquery(decision.values("by__username")[:1]),
        )
        .values_list(
            "pk",
            "review__status",
            "review__changed_at",
            "review__submitted_at",
            "review__submitted_version_id",
            "review__submitted_version__number",
            "review__submitted_version__current_run_id",
            "newest_number",
            "checked_id",
            "checked_number",
            "checked_run",
            "decision_run",
            "decision_by",
        )
    )
    states: dict[int, PlanState] = {}
    for (
        plan_id,
        status,
        status_at,
        submitted_at,
        submitted_id,
        submitted_number,
        submitted_run,
        newest_number,
        checked_id,
        checked_number,
        checked_run,
        decision_run,
        decision_by,
    ) in rows:
        status = status or PlanStatus.NOT_SUBMITTED
        decided = status in DECIDED_STATUSES
        if status == PlanStatus.NOT_SUBMITTED or submitted_id is None:
            version_id, number, run_id = checked_id, checked_number, checked_run
        else:
            version_id, number = submitted_id, submitted_number
            run_id = decision_run if decided and decision_run is not None else submitted_run
        states[plan_id] = PlanState(
            plan_id=plan_id,
            status=status,
            status_at=status_at,
            submitted_at=submitted_at,
            version_id=version_id,
            version_number=number,
            run_id=run_id,
            newest_number=newest_number,
            decided_by=(decision_by or "") if decided else "",
        )
    return states


@dataclass(frozen=True)
class CheckSummary:
    met: int = 0
    partial: int = 0
    missing: int = 0
    findings: int = 0
    status: str = ""  # the version's check status


NO_CHECK = CheckSummary()


def check_summaries(versions: Sequence[PlanVersion]) -> dict[int, CheckSummary]:
    """Met/partial/missing counts of each version's current run (plans.selectors.run_counts)."""
    counts = run_counts(v.current_run_id for v in versions)
    return {v.pk: summary_of(counts.get(v.current_run_id or 0), v.check_status) for v in versions}


def summary_of(counts: ResultCounts | None, check_status: str) -> CheckSummary:
    counts = counts or ResultCounts()
    return CheckSummary(counts.met, counts.partial, counts.missing, counts.findings, check_status)
