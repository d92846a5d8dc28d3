"""The reviewer's assessment per requirement: the engine's status is a proposal, the reviewer confirms
it or sets another with a reason. Where there is an assessment it is the status the district reports
(the review screen, the letter, the overview, the exports, the API); without one the engine's status
is reported, marked as automatic.

An assessment belongs to one version: a new version starts unassessed, and the previous version's
assessment is shown beside the new engine result (previous_assessments).
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from plans import permissions
from plans.errors import NotAllowed, PlansError
from plans.models import PlanVersion, RequirementResult, RequirementStatus
from plans.permissions import Action, Actor
from plans.selectors import ResultCounts, run_counts
from plans.services import record_event
from reviews import workflow
from reviews.models import Assessment, ReviewEventKind

REASON_MAX = 500


class AssessmentRefused(PlansError):
    """The assessment cannot be saved as given; `field` names the input at fault."""

    code = "invalid_assessment"

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Effective:
    """One requirement as reported: the reviewer's status where assessed, else the engine's."""

    status: str
    engine_status: str
    assessed_by: str = ""  # the reviewer's name; "" when the status is the engine's (automatic)
    assessed_at: datetime.datetime | None = None
    reason: str = ""  # the reviewer's reason, if they gave one

    @property
    def assessed(self) -> bool:
        return self.assessed_at is not None

    @property
    def status_label(self) -> str:
        return str(RequirementStatus(self.status).label)

    @property
    def engine_status_label(self) -> str:
        return str(RequirementStatus(self.engine_status).label)


def person(user: User) -> str:
    return user.get_full_name() or user.get_username()


def effective_of(engine: Mapping[str, str], assessments: Iterable[Assessment]) -> dict[str, Effective]:
    """key → Effective for one version: `engine` is {key: status} of the run reported, in its order;
    assessments are the version's (with `by` loaded). The one place the two are combined."""
    by_key = {a.key: a for a in assessments}
    rows: dict[str, Effective] = {}
    for key, engine_status in engine.items():
        assessment = by_key.get(key)
        rows[key] = (
            Effective(
                status=assessment.status,
                engine_status=engine_status,
                assessed_by=person(assessment.by),
                assessed_at=assessment.at,
                reason=assessment.reason,
            )
            if assessment is not None
            else Effective(status=engine_status, engine_status=engine_status)
        )
    return rows


def effective_results(
    version_ids: Iterable[int], *, run_ids: Mapping[int, int | None] | None = None
) -> dict[int, dict[str, Effective]]:
    """version id → {key: Effective}, three queries whatever the number of versions.

    run_ids: the run reported for each version (a decision's run); by default its current run."""
    ids = list(dict.fromkeys(version_ids))
    if not ids:
        return {}
    runs = dict(run_ids) if run_ids is not None else {}
    missing = [v for v in ids if v not in runs]
    if missing:
        runs.update(PlanVersion.objects.filter(pk__in=missing).values_list("pk", "current_run_id"))
    engine: dict[int, dict[str, str]] = {run_id: {} for run_id in runs.values() if run_id is not None}
    for run_id, key, status in (
        RequirementResult.objects.filter(check_run_id__in=list(engine))
        .order_by("check_run_id", "order")
        .values_list("check_run_id", "key", "status")
    ):
        engine[run_id][key] = status
    assessments: dict[int, list[Assessment]] = {v: [] for v in ids}
    for assessment in Assessment.objects.filter(version_id__in=ids).select_related("by"):
        assessments[assessment.version_id].append(assessment)
    return {
        v: effective_of(engine.get(runs.get(v) or 0, {}), assessments[v]) if runs.get(v) else {} for v in ids
    }


def effective_counts(shown: Mapping[int, int | None]) -> dict[int, ResultCounts]:
    """run id → met/partial/missing as reported (the reviewer's where assessed) and the run's findings,
    for {version id: the run shown for it}: four queries whatever the number of versions."""
    runs = {version_id: run_id for version_id, run_id in shown.items() if run_id is not None}
    engine = run_counts(runs.values())
    effective = effective_results(runs, run_ids=runs)
    counts: dict[int, ResultCounts] = {}
    for version_id, run_id in runs.items():
        statuses = Counter(e.status for e in effective.get(version_id, {}).values())
        findings = engine[run_id].findings if run_id in engine else 0
        counts[run_id] = ResultCounts(
            met=statuses["met"], partial=statuses["partial"], missing=statuses["missing"], findings=findings
        )
    return counts


def previous_assessments(version: PlanVersion) -> dict[str, Assessment]:
    """key → the newest assessment of that requirement on an earlier version of the plan: one query."""
    earlier = (
        Assessment.objects.filter(version__plan_id=version.plan_id, version__number__lt=version.number)
        .select_related("by", "version")
        .order_by("key", "-version__number")
    )
    previous: dict[str, Assessment] = {}
    for assessment in earlier:
        previous.setdefault(assessment.key, assessment)
    return previous


def _engine_status(version: PlanVersion, key: str) -> str:
    status = (
        RequirementResult.objects.filter(check_run_id=version.current_run_id, key=key)
        .values_list("status", flat=True)
        .first()
        if version.current_run_id
        else None
    )
    if status is None:
        raise AssessmentRefused(
            _("The version's check has no requirement “%(key)s”: only its checked requirements are assessed.")
            % {"key": key},
            field="key",
        )
    return status


@transaction.atomic
def assess(
    *,
    version: PlanVersion,
    key: str,
    status: str,
    reason: str = "",
    by: Actor,
    now: datetime.datetime | None = None,
) -> Effective:
    """Confirm the engine's status (same status; the reason may be empty) or set another one (a reason
    is required). Assessing again replaces the assessment; the audit trail keeps each one."""
    plan = version.plan
    if not permissions.can(by, Action.REVIEW, plan):
        raise NotAllowed(workflow.not_allowed_message(Action.REVIEW, str(_("assess requirements"))))
    if not isinstance(by, User):
        raise NotAllowed(_("Review steps are taken by a signed-in person."))
    version = PlanVersion.objects.select_for_update().get(pk=version.pk)
    if status not in RequirementStatus.values:
        raise AssessmentRefused(
            _("Choose a status: %(choices)s.")
            % {"choices": ", ".join(str(label) for label in RequirementStatus.labels)},
            field="status",
        )
    engine_status = _engine_status(version, key)
    reason = reason.strip()
    if len(reason) > REASON_MAX:
        raise AssessmentRefused(
            _("Keep the reason short: at most %(max)d characters.") % {"max": REASON_MAX}, field="reason"
        )
    if status != engine_status and not reason:
        raise AssessmentRefused(
            _("Give a reason: the status you set differs from the automatic check (%(engine)s).")
            % {"engine": RequirementStatus(engine_status).label},
            field="reason",
        )
    now = now or timezone.now()
    Assessment.objects.update_or_create(
        version=version,
        key=key,
        defaults={"status": status, "engine_status": engine_status, "reason": reason, "by": by, "at": now},
    )
    record_event(
        plan=plan,
        kind=ReviewEventKind.ASSESSED,
        by=by,
        version=version,
        data={"key": key, "status": status, "engine_status": engine_status},
        now=now,
    )
    return Effective(
        status=status, engine_status=engine_status, assessed_by=person(by), assessed_at=now, reason=reason
    )
