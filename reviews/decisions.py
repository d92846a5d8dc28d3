"""What a decision is made on and what it overrides (issue 14.3 and 14.6).

A decision (request changes, approve) applies to the version handed in, and only when that is the
version the reviewer was reading: a newer upload that was never handed in is not what the school
asked to have reviewed. Approving while the plan still has problems — a required requirement
missing, a personal identity number found, feedback open — is a conscious act: it needs the
reviewer's confirmation, and what was overridden goes into the decision's record.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from plans.errors import PlansError
from plans.models import CheckRun, Plan, PlanVersion
from reviews.models import UNSETTLED_STATES, Decision, FeedbackItem, PlanReview

PERSONAL_DATA_CODES = ("personal_identity_number",)


class NotTheVersionHandedIn(PlansError):
    """The reviewer was reading another version than the one the decision would apply to."""

    code = "not_the_version_handed_in"

    def __init__(self, reading: PlanVersion, handed_in: PlanVersion) -> None:
        self.reading, self.handed_in = reading, handed_in
        super().__init__(self.code)

    @property
    def message(self) -> str:
        return _(
            "You were reading version %(reading)s, but the version handed in is version %(handed_in)s. "
            "A decision applies to the version handed in: open version %(handed_in)s and decide on it."
        ) % {"reading": self.reading.number, "handed_in": self.handed_in.number}


@dataclass(frozen=True)
class OpenProblems:
    """What an approval would pass over, read from the version decided on and its current check."""

    missing: list[str] = field(default_factory=list)  # titles of required requirements not found
    personal_data: int = 0  # personal identity numbers found
    open_items: int = 0  # feedback items not settled

    def __bool__(self) -> bool:
        return bool(self.missing or self.personal_data or self.open_items)

    def as_data(self) -> dict[str, object]:
        return {"missing": self.missing, "personal_data": self.personal_data, "open_items": self.open_items}

    def sentences(self) -> list[str]:
        said: list[str] = []
        if self.missing:
            said.append(
                ngettext(
                    "A required part is missing: %(parts)s.",
                    "Required parts are missing: %(parts)s.",
                    len(self.missing),
                )
                % {"parts": ", ".join(self.missing)}
            )
        if self.personal_data:
            said.append(
                ngettext(
                    "%(n)s personal identity number was found in the plan.",
                    "%(n)s personal identity numbers were found in the plan.",
                    self.personal_data,
                )
                % {"n": self.personal_data}
            )
        if self.open_items:
            said.append(
                ngettext(
                    "%(n)s feedback item is still open.",
                    "%(n)s feedback items are still open.",
                    self.open_items,
                )
                % {"n": self.open_items}
            )
        return said


class ApprovalNeedsConfirmation(PlansError):
    """Approving would pass over open problems; the reviewer must say that this is meant."""

    code = "approval_needs_confirmation"

    def __init__(self, problems: OpenProblems) -> None:
        self.problems = problems
        super().__init__(self.code)

    @property
    def message(self) -> str:
        return " ".join([*self.problems.sentences(), _("Confirm that the plan is approved all the same.")])


def decided_version(plan: Plan) -> PlanVersion | None:
    """The version a decision applies to: the one handed in, else (never handed in) the newest."""
    review = PlanReview.objects.filter(plan=plan).select_related("submitted_version").first()
    if review is not None and review.submitted_version is not None:
        return review.submitted_version
    return plan.versions.order_by("-number").first()


def run_seen(plan: Plan) -> int | None:
    """The check run of the version being decided on, as the reviewer sees it now."""
    version = decided_version(plan)
    return version.current_run_id if version else None


def record(review: PlanReview, kind: str, by: User, note: str, at: datetime.datetime | None) -> Decision:
    version = decided_version(review.plan)
    assert version is not None  # noqa: S101 - a plan in review has been submitted with a version
    # The decision keeps the run it saw: a re-check adds a run and leaves this record as it was.
    return Decision.objects.create(
        plan=review.plan,
        version=version,
        check_run_id=version.current_run_id,
        kind=kind,
        note=note,
        by=by,
        at=at or timezone.now(),
    )


def require_reading(plan: Plan, reading: PlanVersion | None) -> None:
    """Refuse a decision made while reading another version than the one it would apply to."""
    if reading is None:
        return
    handed_in = decided_version(plan)
    if handed_in is not None and reading.pk != handed_in.pk:
        raise NotTheVersionHandedIn(reading, handed_in)


def open_problems(plan: Plan) -> OpenProblems:
    """What approving the plan now would pass over (feedback that must be fixed blocks it outright)."""
    swedish = (get_language() or "sv").startswith("sv")
    version = decided_version(plan)
    open_items = FeedbackItem.objects.filter(plan=plan, state__in=UNSETTLED_STATES).count()
    run = (
        CheckRun.objects.select_related("template").filter(pk=version.current_run_id).first()
        if version is not None and version.current_run_id is not None
        else None
    )
    if run is None:
        return OpenProblems(open_items=open_items)
    required = {
        r.key: (r.title_sv if swedish else r.title_en)
        for r in (run.template.requirements.filter(required=True) if run.template else [])
    }
    missing_keys = run.results.filter(status="missing").order_by("order").values_list("key", flat=True)
    return OpenProblems(
        missing=[required[key] for key in missing_keys if key in required],
        personal_data=run.findings.filter(code__in=PERSONAL_DATA_CODES).count(),
        open_items=open_items,
    )
