"""Writes of the review workflow: the only place where review state changes.

Each service checks who may act (plans.permissions), applies the workflow tables, and appends to the
plan's audit trail in the same transaction. The web, the admin and the API call these.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Sequence
from typing import Any

from django.contrib.auth.models import User
from django.core.files.storage import Storage
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from plans import permissions
from plans.errors import NotAllowed, PlansError
from plans.models import Plan, PlanVersion, SchoolForm, SchoolYear
from plans.permissions import Action, Actor
from plans.selectors import check_run_of, current_check_run, template_for
from plans.services import record_event
from plans.uploads import remove_stored, store_file
from reviews import decisions, timeline, workflow
from reviews.letters.content import letter_content, letterhead_bytes
from reviews.letters.render import render_letter
from reviews.models import (
    UNSETTLED_STATES,
    AnchorKind,
    Decision,
    DecisionKind,
    FeedbackItem,
    FeedbackLetter,
    FeedbackReply,
    ItemState,
    Milestone,
    PlanReview,
    PlanStatus,
    ReviewEventKind,
    Severity,
)
from reviews.workflow import ItemAction, Transition

logger = logging.getLogger(__name__)


class ReviewRefused(PlansError):
    """The step is not possible now; the message says why and what is."""

    code = "refused"


def _require(user: Actor, action: Action, plan: Plan, what: str) -> None:
    if not permissions.can(user, action, plan):
        raise NotAllowed(workflow.not_allowed_message(action, what))


def _user(by: Actor) -> User:
    if not isinstance(by, User):
        raise NotAllowed(_("Review steps are taken by a signed-in person."))
    return by


# --- Plan status ---


def review_of(plan: Plan) -> PlanReview:
    review, _created = PlanReview.objects.get_or_create(plan=plan)
    return review


def _require_step(plan: Plan, transition: Transition) -> None:
    status = PlanReview.objects.filter(plan=plan).values_list("status", flat=True).first()
    status = status or PlanStatus.NOT_SUBMITTED
    if workflow.plan_step(status, transition) is None:
        raise ReviewRefused(workflow.refusal_for_plan(status, transition))


def _transition(
    *,
    plan: Plan,
    transition: Transition,
    by: Actor,
    now: datetime.datetime | None,
    version: PlanVersion | None = None,
    data: dict[str, Any] | None = None,
    event: str,
) -> PlanReview:
    _require(by, workflow.PLAN_ACTORS[transition], plan, str(workflow.TRANSITION_LABELS[transition]))
    now = now or timezone.now()
    review = review_of(plan)
    review = PlanReview.objects.select_for_update().get(pk=review.pk)
    step = workflow.plan_step(review.status, transition)
    if step is None:
        raise ReviewRefused(workflow.refusal_for_plan(review.status, transition))
    review.status = step.after
    review.changed_at = now
    if transition == Transition.SUBMIT:
        review.submitted_version = version
        review.submitted_at = now
    review.save()
    record_event(
        plan=plan,
        kind=event,
        by=by,
        version=version or review.submitted_version,
        data={"from": step.before, "to": step.after, **(data or {})},
        now=now,
    )
    return review


@transaction.atomic
def submit(*, plan: Plan, by: Actor, now: datetime.datetime | None = None) -> PlanReview:
    """Hand in the plan's latest version for review."""
    version = plan.versions.order_by("-number").first()
    _require(by, Action.SUBMIT, plan, str(workflow.TRANSITION_LABELS[Transition.SUBMIT]))
    if version is None:
        raise ReviewRefused(_("Upload the plan before submitting it."))
    return _transition(
        plan=plan,
        transition=Transition.SUBMIT,
        by=by,
        now=now,
        version=version,
        data={"number": version.number},
        event=ReviewEventKind.SUBMITTED,
    )


@transaction.atomic
def start_review(*, plan: Plan, by: Actor, now: datetime.datetime | None = None) -> PlanReview:
    return _transition(
        plan=plan, transition=Transition.START_REVIEW, by=by, now=now, event=ReviewEventKind.REVIEW_STARTED
    )


@transaction.atomic
def request_changes(
    *,
    plan: Plan,
    by: Actor,
    note: str = "",
    reading: PlanVersion | None = None,
    now: datetime.datetime | None = None,
) -> PlanReview:
    """reading: the version on the reviewer's screen; refused unless it is the one handed in."""
    _require(by, Action.DECIDE, plan, str(workflow.TRANSITION_LABELS[Transition.REQUEST_CHANGES]))
    decisions.require_reading(plan, reading)
    if not FeedbackItem.objects.filter(plan=plan, state__in=UNSETTLED_STATES).exists():
        raise ReviewRefused(
            _(
                "Write at least one open feedback item before requesting changes: "
                "it tells the school what to change."
            )
        )
    review = _transition(
        plan=plan,
        transition=Transition.REQUEST_CHANGES,
        by=by,
        now=now,
        data={"note": note, "check_run": decisions.run_seen(plan)},
        event=ReviewEventKind.CHANGES_REQUESTED,
    )
    decisions.record(review, DecisionKind.CHANGES_REQUESTED, _user(by), note, review.changed_at)
    return review


@transaction.atomic
def approve(
    *,
    plan: Plan,
    by: Actor,
    note: str = "",
    reading: PlanVersion | None = None,
    confirmed: bool = False,
    now: datetime.datetime | None = None,
) -> PlanReview:
    """Open must-fix feedback refuses it; other open problems need `confirmed` and are recorded."""
    _require(by, Action.DECIDE, plan, str(workflow.TRANSITION_LABELS[Transition.APPROVE]))
    _require_step(plan, Transition.APPROVE)  # a step out of order says so before any other reason
    decisions.require_reading(plan, reading)
    blocking = FeedbackItem.objects.filter(plan=plan, severity=Severity.MUST_FIX, state__in=UNSETTLED_STATES)
    count = blocking.count()
    if count:
        raise ReviewRefused(
            _(
                "The plan cannot be approved while %(count)s must-fix feedback item(s) are not resolved. "
                "Resolve or drop them first."
            )
            % {"count": count}
        )
    problems = decisions.open_problems(plan)
    if problems and not confirmed:
        raise decisions.ApprovalNeedsConfirmation(problems)
    data: dict[str, Any] = {"note": note, "check_run": decisions.run_seen(plan)}
    if problems:
        data["overridden"] = problems.as_data()
    review = _transition(
        plan=plan,
        transition=Transition.APPROVE,
        by=by,
        now=now,
        data=data,
        event=ReviewEventKind.APPROVED,
    )
    decisions.record(review, DecisionKind.APPROVED, _user(by), note, review.changed_at)
    return review


# --- Feedback items ---


def _anchor_fields(
    *,
    version: PlanVersion,
    requirement_key: str,
    heading_path: Sequence[str],
    finding_code: str,
) -> dict[str, Any]:
    path = [str(part).strip() for part in heading_path if str(part).strip()]
    chosen = [bool(requirement_key), bool(path), bool(finding_code)]
    if sum(chosen) > 1:
        raise ReviewRefused(_("Anchor the feedback to one thing: a requirement, a section or a finding."))
    run = current_check_run(version)
    if requirement_key:
        keys = set(run.results.values_list("key", flat=True)) if run else set()
        if not keys:
            keys = set(template_for(version.plan.school_year).requirements.values_list("key", flat=True))
        if requirement_key not in keys:
            raise ReviewRefused(
                _("There is no requirement “%(key)s” in this plan's template.") % {"key": requirement_key}
            )
        return {"anchor_kind": AnchorKind.REQUIREMENT, "requirement_key": requirement_key}
    if path:
        if len(path) > 10 or any(len(part) > 300 for part in path):
            raise ReviewRefused(_("The section's heading path is too long."))
        return {"anchor_kind": AnchorKind.SECTION, "heading_path": path}
    if finding_code:
        finding = run.findings.filter(code=finding_code).first() if run else None
        if finding is None:
            raise ReviewRefused(
                _("The check of this version found nothing with the code “%(code)s”.")
                % {"code": finding_code}
            )
        return {
            "anchor_kind": AnchorKind.FINDING,
            "finding_code": finding_code,
            "finding_shown_as": finding.masked,
        }
    return {"anchor_kind": AnchorKind.PLAN}


@transaction.atomic
def add_feedback(
    *,
    version: PlanVersion,
    by: Actor,
    severity: str,
    text: str,
    requirement_key: str = "",
    heading_path: Sequence[str] = (),
    finding_code: str = "",
    now: datetime.datetime | None = None,
) -> FeedbackItem:
    plan = version.plan
    _require(by, Action.REVIEW, plan, str(_("write feedback")))
    if severity not in Severity.values:
        raise ReviewRefused(
            _("Choose a severity: %(choices)s.")
            % {"choices": ", ".join(str(label) for label in Severity.labels)}
        )
    text = text.strip()
    if not text:
        raise ReviewRefused(_("Write the feedback: the text is empty."))
    anchor = _anchor_fields(
        version=version, requirement_key=requirement_key, heading_path=heading_path, finding_code=finding_code
    )
    now = now or timezone.now()
    item = FeedbackItem.objects.create(
        plan=plan,
        version=version,
        severity=severity,
        text=text,
        created_by=_user(by),
        created_at=now,
        state_changed_at=now,
        **anchor,
    )
    record_event(
        plan=plan,
        kind=ReviewEventKind.FEEDBACK_ADDED,
        by=by,
        version=version,
        data={"item": item.pk, "severity": severity, **_anchor_data(item)},
        now=now,
    )
    return item


def _anchor_data(item: FeedbackItem) -> dict[str, Any]:
    return {
        "anchor": item.anchor_kind,
        "requirement": item.requirement_key,
        "section": item.heading_path,
        "finding": item.finding_code,
    }


def _change_item(
    *,
    item: FeedbackItem,
    action: ItemAction,
    by: Actor,
    now: datetime.datetime | None,
    version: PlanVersion | None = None,
    event: str,
    data: dict[str, Any] | None = None,
) -> FeedbackItem:
    _require(by, workflow.ITEM_ACTORS[action], item.plan, str(workflow.ITEM_ACTION_LABELS[action]))
    item = FeedbackItem.objects.select_for_update().get(pk=item.pk)
    step = workflow.item_step(item.state, action)
    if step is None:
        raise ReviewRefused(workflow.refusal_for_item(item.state, action))
    now = now or timezone.now()
    item.state = step.after
    item.state_changed_at = now
    if action == ItemAction.ADDRESS:
        item.addressed_in = version
    elif action == ItemAction.RESOLVE:
        item.resolved_in = item.plan.versions.order_by("-number").first()
    elif action == ItemAction.REOPEN:
        item.resolved_in = None
    item.save()
    record_event(
        plan=item.plan,
        kind=event,
        by=by,
        version=version or item.plan.versions.order_by("-number").first(),
        data={"item": item.pk, "from": step.before, "to": step.after, **(data or {})},
        now=now,
    )
    return item


@transaction.atomic
def reply(
    *,
    item: FeedbackItem,
    by: Actor,
    text: str,
    addressing_version: PlanVersion | None = None,
    now: datetime.datetime | None = None,
) -> FeedbackReply:
    """Add to the item's thread. A principal's answer marks an open item as addressed, optionally
    naming the version that addresses it; a reviewer's reply changes nothing but the thread."""
    plan = item.plan
    is_school_side = permissions.can(by, Action.ANSWER_FEEDBACK, plan)
    is_reviewer = permissions.can(by, Action.REVIEW, plan)
    if not (is_school_side or is_reviewer):
        raise NotAllowed(workflow.not_allowed_message(Action.ANSWER_FEEDBACK, str(_("answer feedback"))))
    text = text.strip()
    if not text:
        raise ReviewRefused(_("Write the reply: the text is empty."))
    if addressing_version is not None and addressing_version.plan_id != plan.pk:
        raise ReviewRefused(_("The version named belongs to another plan."))
    now = now or timezone.now()
    answer = FeedbackReply.objects.create(
        item=item, author=_user(by), text=text, version=addressing_version, at=now
    )
    record_event(
        plan=plan,
        kind=ReviewEventKind.FEEDBACK_REPLIED,
        by=by,
        version=addressing_version,
        data={"item": item.pk, "reply": answer.pk},
        now=now,
    )
    answering = (is_school_side and not is_reviewer) or addressing_version is not None
    if answering and item.state in (ItemState.OPEN, ItemState.REOPENED):
        _change_item(
            item=item,
            action=ItemAction.ADDRESS,
            by=by,
            now=now,
            version=addressing_version,
            event=ReviewEventKind.FEEDBACK_ADDRESSED,
        )
    return answer


@transaction.atomic
def mark_addressed(
    *, item: FeedbackItem, version: PlanVersion, by: Actor, now: datetime.datetime | None = None
) -> FeedbackItem:
    """The principal names the uploaded version that deals with the item."""
    if version.plan_id != item.plan_id:
        raise ReviewRefused(_("The version named belongs to another plan."))
    return _change_item(
        item=item,
        action=ItemAction.ADDRESS,
        by=by,
        now=now,
        version=version,
        event=ReviewEventKind.FEEDBACK_ADDRESSED,
        data={"number": version.number},
    )


@transaction.atomic
def resolve(*, item: FeedbackItem, by: Actor, now: datetime.datetime | None = None) -> FeedbackItem:
    return _change_item(
        item=item, action=ItemAction.RESOLVE, by=by, now=now, event=ReviewEventKind.FEEDBACK_RESOLVED
    )


@transaction.atomic
def reopen(*, item: FeedbackItem, by: Actor, now: datetime.datetime | None = None) -> FeedbackItem:
    return _change_item(
        item=item, action=ItemAction.REOPEN, by=by, now=now, event=ReviewEventKind.FEEDBACK_REOPENED
    )


@transaction.atomic
def drop(*, item: FeedbackItem, by: Actor, now: datetime.datetime | None = None) -> FeedbackItem:
    return _change_item(
        item=item, action=ItemAction.DROP, by=by, now=now, event=ReviewEventKind.FEEDBACK_DROPPED
    )


ITEM_SERVICES = {ItemAction.RESOLVE: resolve, ItemAction.REOPEN: reopen, ItemAction.DROP: drop}


# --- The school year's milestones ---


@transaction.atomic
def ensure_milestones(*, school_year: SchoolYear) -> int:
    """Give a school year the default milestones for every school form (existing dates are kept)."""
    forms = list(SchoolForm.objects.values_list("code", flat=True))
    created = 0
    for date in timeline.default_milestones(forms, school_year.starts_on, school_year.ends_on):
        _row, made = Milestone.objects.get_or_create(
            school_year=school_year,
            school_form_id=date.school_form,
            kind=date.kind,
            defaults={"due_on": date.due_on},
        )
        created += made
    return created


# --- The written feedback letter ---


@transaction.atomic
def write_letter(*, plan: Plan, by: Actor, now: datetime.datetime | None = None) -> FeedbackLetter:
    """Render the feedback letter for the plan's current state and store it with the plan."""
    _require(by, Action.REVIEW, plan, str(_("write the feedback letter")))
    version = plan.versions.order_by("-number").first()
    if version is None:
        raise ReviewRefused(_("There is no version of the plan to write about."))
    now = now or timezone.now()
    # A decided version is reported as the decision saw it; otherwise as it is checked now.
    decision = Decision.objects.filter(plan=plan, version=version).order_by("-at", "-pk").first()
    run = check_run_of(version, decision.check_run_id if decision else None)
    with translation.override("sv"):  # the letter goes out in Swedish (BRIEF §7.5)
        data = render_letter(
            letter_content(plan=plan, version=version, run=run, by=_user(by), today=timezone.localdate(now)),
            letterhead_bytes(plan.school.district),
        )
    letter = FeedbackLetter(plan=plan, version=version, check_run=run, created_by=_user(by), created_at=now)
    # As with an upload: the file and its row are stored together or not at all.
    written: list[tuple[Storage, str]] = []
    try:
        with transaction.atomic():
            store_file(letter.file, "letter.docx", data, written)
            letter.save()
            record_event(
                plan=plan,
                kind=ReviewEventKind.LETTER_CREATED,
                by=by,
                version=version,
                data={"letter": letter.pk, "check_run": run.pk if run else None},
                now=now,
            )
    except BaseException:
        for storage, name in written:
            remove_stored(storage, name)
        raise
    return letter


__all__ = [
    "ITEM_SERVICES",
    "PlanStatus",
    "ReviewRefused",
    "add_feedback",
    "approve",
    "drop",
    "ensure_milestones",
    "mark_addressed",
    "reopen",
    "reply",
    "request_changes",
    "resolve",
    "review_of",
    "start_review",
    "submit",
    "write_letter",
]
