"""The plan's status machine: every transition, who may make it, and what is refused and why."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from plans.errors import NotAllowed
from plans.models import Plan, PlanEvent, PlanVersion
from reviews import services
from reviews.decisions import ApprovalNeedsConfirmation
from reviews.models import Decision, DecisionKind, PlanStatus, ReviewEventKind, Severity
from reviews.services import ReviewRefused
from tests.reviews.conftest import checked_version

pytestmark = pytest.mark.django_db


def status(plan: Plan) -> str:
    plan.refresh_from_db()
    return plan.review.status


def in_review(plan: Plan, principal: User, reviewer: User) -> None:
    services.submit(plan=plan, by=principal)
    services.start_review(plan=plan, by=reviewer)


def test_the_whole_round_from_submission_to_approval(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    services.submit(plan=plan, by=principal_a)
    assert status(plan) == PlanStatus.SUBMITTED
    services.start_review(plan=plan, by=reviewer_same_area)
    assert status(plan) == PlanStatus.IN_REVIEW
    item = services.add_feedback(
        version=version,
        by=reviewer_same_area,
        severity=Severity.MUST_FIX,
        text="Redovisa förra årets åtgärder.",
    )
    services.request_changes(plan=plan, by=reviewer_same_area, note="Se synpunkterna.")
    assert status(plan) == PlanStatus.CHANGES_REQUESTED
    second = checked_version(plan, seed=2)
    services.reply(item=item, by=principal_a, text="Vi har lagt till avsnittet.", addressing_version=second)
    services.submit(plan=plan, by=principal_a)
    assert status(plan) == PlanStatus.RESUBMITTED
    assert plan.review.submitted_version == second
    services.start_review(plan=plan, by=reviewer_same_area)
    services.resolve(item=item, by=reviewer_same_area)
    services.approve(plan=plan, by=reviewer_same_area, note="Bra arbete.", confirmed=True)
    assert status(plan) == PlanStatus.APPROVED
    assert list(Decision.objects.filter(plan=plan).values_list("kind", "version__number")) == [
        (DecisionKind.CHANGES_REQUESTED, 1),
        (DecisionKind.APPROVED, 2),
    ]
    kinds = list(PlanEvent.objects.filter(plan=plan).values_list("kind", flat=True))
    for kind in (
        ReviewEventKind.SUBMITTED,
        ReviewEventKind.REVIEW_STARTED,
        ReviewEventKind.FEEDBACK_ADDED,
        ReviewEventKind.CHANGES_REQUESTED,
        ReviewEventKind.FEEDBACK_REPLIED,
        ReviewEventKind.FEEDBACK_ADDRESSED,
        ReviewEventKind.FEEDBACK_RESOLVED,
        ReviewEventKind.APPROVED,
    ):
        assert kind in kinds


def test_each_transition_is_recorded_with_who_when_and_which_version(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    services.submit(plan=plan, by=principal_a)
    event = PlanEvent.objects.get(plan=plan, kind=ReviewEventKind.SUBMITTED)
    assert event.actor == principal_a
    assert event.version == version
    assert event.data == {"from": "not_submitted", "to": "submitted", "number": 1}
    assert event.at is not None


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("principal_a", True),
        ("district_admin", True),
        ("principal_b", False),
        ("reviewer_same_area", False),
        ("reviewer_other_area", False),
        ("service_account", False),
    ],
)
def test_who_may_submit(
    request: pytest.FixtureRequest, plan: Plan, version: PlanVersion, who: str, allowed: bool
) -> None:
    user = request.getfixturevalue(who)
    if allowed:
        services.submit(plan=plan, by=user)
        assert status(plan) == PlanStatus.SUBMITTED
    else:
        with pytest.raises(NotAllowed, match="principal or a district administrator may submit the plan"):
            services.submit(plan=plan, by=user)


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("reviewer_same_area", True),
        ("district_admin", True),
        ("reviewer_other_area", False),
        ("principal_a", False),
        ("service_account", False),
        ("other_district_admin", False),
    ],
)
@pytest.mark.parametrize("step", ["start_review", "request_changes", "approve"])
def test_who_may_review_and_decide(
    request: pytest.FixtureRequest,
    plan: Plan,
    version: PlanVersion,
    principal_a: User,
    reviewer_same_area: User,
    who: str,
    allowed: bool,
    step: str,
) -> None:
    user = request.getfixturevalue(who)
    services.submit(plan=plan, by=principal_a)
    if step != "start_review":
        services.start_review(plan=plan, by=reviewer_same_area)
        services.add_feedback(
            version=version, by=reviewer_same_area, severity=Severity.NOTE, text="En notering."
        )
    action = getattr(services, step)
    if allowed:
        action(plan=plan, by=user, **({"confirmed": True} if step == "approve" else {}))
        expected = {
            "start_review": PlanStatus.IN_REVIEW,
            "request_changes": PlanStatus.CHANGES_REQUESTED,
            "approve": PlanStatus.APPROVED,
        }[step]
        assert status(plan) == expected
    else:
        with pytest.raises(NotAllowed, match="reviewer or a district administrator may"):
            action(plan=plan, by=user)


def test_a_step_out_of_order_names_what_can_be_done(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    services.submit(plan=plan, by=principal_a)
    with pytest.raises(ReviewRefused) as refused:
        services.approve(plan=plan, by=reviewer_same_area)
    message = refused.value.message
    assert "Submitted" in message
    assert "approve the plan" in message
    assert "start the review" in message
    assert status(plan) == PlanStatus.SUBMITTED


def test_submitting_twice_is_refused(plan: Plan, version: PlanVersion, principal_a: User) -> None:
    services.submit(plan=plan, by=principal_a)
    with pytest.raises(ReviewRefused, match="submit the plan"):
        services.submit(plan=plan, by=principal_a)


def test_a_plan_without_a_version_cannot_be_submitted(plan: Plan, principal_a: User) -> None:
    with pytest.raises(ReviewRefused, match="Upload the plan"):
        services.submit(plan=plan, by=principal_a)


def test_changes_are_requested_only_with_open_feedback(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    in_review(plan, principal_a, reviewer_same_area)
    with pytest.raises(ReviewRefused, match="at least one open feedback item"):
        services.request_changes(plan=plan, by=reviewer_same_area)
    assert status(plan) == PlanStatus.IN_REVIEW


@pytest.mark.parametrize("state", ["open", "addressed", "reopened"])
def test_approval_with_an_unresolved_must_fix_item_is_refused(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User, state: str
) -> None:
    in_review(plan, principal_a, reviewer_same_area)
    item = services.add_feedback(
        version=version, by=reviewer_same_area, severity=Severity.MUST_FIX, text="Rutinen saknar anmälan."
    )
    if state in ("addressed", "reopened"):
        services.reply(item=item, by=principal_a, text="Åtgärdat.")
    if state == "reopened":
        services.reopen(item=item, by=reviewer_same_area)
    with pytest.raises(ReviewRefused, match="1 must-fix"):
        services.approve(plan=plan, by=reviewer_same_area)
    assert status(plan) == PlanStatus.IN_REVIEW


def test_approval_with_open_should_fix_and_dropped_must_fix_items_goes_through(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    in_review(plan, principal_a, reviewer_same_area)
    services.add_feedback(
        version=version, by=reviewer_same_area, severity=Severity.SHOULD_FIX, text="Bör åtgärdas."
    )
    must = services.add_feedback(
        version=version, by=reviewer_same_area, severity=Severity.MUST_FIX, text="Måste."
    )
    services.drop(item=must, by=reviewer_same_area)
    with pytest.raises(ApprovalNeedsConfirmation, match="1 feedback item is still open"):
        services.approve(plan=plan, by=reviewer_same_area)  # should-fix asks; must-fix would refuse
    services.approve(plan=plan, by=reviewer_same_area, confirmed=True)
    assert status(plan) == PlanStatus.APPROVED


def test_an_approved_plan_revised_and_submitted_again_is_resubmitted(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    in_review(plan, principal_a, reviewer_same_area)
    services.approve(plan=plan, by=reviewer_same_area, confirmed=True)
    checked_version(plan, seed=3)
    services.submit(plan=plan, by=principal_a)
    assert status(plan) == PlanStatus.RESUBMITTED
