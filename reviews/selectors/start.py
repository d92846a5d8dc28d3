"""The principal's start page: each school's plan this year, what is due and what to do next."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from plans.models import CheckStatus, Plan, School, SchoolYear
from plans.selectors import plans_with_latest
from reviews.assessments import effective_counts
from reviews.models import ItemState, MilestoneKind, PlanStatus
from reviews.selectors.dates import milestone_dates, overdue, school_date, status_of
from reviews.selectors.results import NO_CHECK, NO_PLAN, CheckSummary, PlanState, plan_states, summary_of

# What the start page counts as open: items waiting for the school (an answered one waits for the reviewer).
WAITING_FOR_SCHOOL = (ItemState.OPEN, ItemState.REOPENED)


class NextStep:
    """What the school should do next with this year's plan (the start page says it in words)."""

    UPLOAD = "upload"  # no version yet
    WAIT_FOR_CHECK = "wait_for_check"  # the newest version is queued or being checked
    UPLOAD_AGAIN = "upload_again"  # the newest version could not be checked
    SUBMIT = "submit"  # checked, not handed in
    ANSWER = "answer"  # changes requested: answer the feedback and hand in again
    WAIT_FOR_REVIEW = "wait_for_review"  # handed in, with the reviewer
    DONE = "done"  # approved


@dataclass(frozen=True)
class StartRow:
    school: School
    plan: Plan | None  # with plans.selectors.plans_with_latest's annotations
    status: str
    plan_due: datetime.date | None
    overdue: bool
    open_items: int  # feedback items open for the school to answer (not those it answered)
    next_step: str
    next_date: datetime.date | None  # the next milestone after approval (written feedback, dialogue)
    next_kind: str = ""
    state: PlanState = NO_PLAN  # the version the status refers to, and whether a newer one waits
    check: CheckSummary = NO_CHECK  # the results of that version

    @property
    def newer_not_submitted(self) -> bool:
        return self.state.newer_not_submitted

    @property
    def status_label(self) -> str:
        return str(PlanStatus(self.status).label)

    @property
    def next_label(self) -> str:
        return str(MilestoneKind(self.next_kind).label) if self.next_kind else ""


def _next_step(plan: Plan | None, status: str) -> str:
    latest_status = getattr(plan, "latest_status", None) if plan else None
    if status == PlanStatus.APPROVED:
        return NextStep.DONE
    if status in (PlanStatus.SUBMITTED, PlanStatus.RESUBMITTED, PlanStatus.IN_REVIEW):
        return NextStep.WAIT_FOR_REVIEW
    if latest_status is None:
        return NextStep.UPLOAD
    if latest_status in (CheckStatus.QUEUED, CheckStatus.CHECKING):
        return NextStep.WAIT_FOR_CHECK
    if latest_status == CheckStatus.FAILED:
        return NextStep.UPLOAD_AGAIN
    if status == PlanStatus.CHANGES_REQUESTED:
        return NextStep.ANSWER
    return NextStep.SUBMIT


def start_rows(
    schools: QuerySet[School], plans: QuerySet[Plan], *, school_year: SchoolYear, today: datetime.date
) -> list[StartRow]:
    """The schools given (already limited to what the user sees), each with the school year's plan:
    its status, due date, open feedback and next step. A fixed number of queries whatever the number
    of schools."""
    rows = list(
        schools.filter(district_id=school_year.district_id)
        .select_related("area", "district")
        .prefetch_related("forms")
        .order_by("name")
    )
    by_school = {
        plan.school_id: plan
        for plan in plans_with_latest(plans.filter(school_year=school_year, school__in=rows))
        .select_related("review")
        .annotate(open_items=Count("feedback_items", filter=Q(feedback_items__state__in=WAITING_FOR_SCHOOL)))
    }
    dates = milestone_dates(school_year)
    states = plan_states(plan.pk for plan in by_school.values())
    # The counts as reported: the reviewer's assessment where there is one (reviews.assessments).
    counts = effective_counts({s.version_id: s.run_id for s in states.values() if s.version_id is not None})
    result: list[StartRow] = []
    for school in rows:
        plan = by_school.get(school.pk)
        status = status_of(plan)
        state = states.get(plan.pk, NO_PLAN) if plan else NO_PLAN
        forms = [f.code for f in school.forms.all()]
        due = school_date(forms, MilestoneKind.PLAN_DUE, dates)
        review = getattr(plan, "review", None) if plan else None
        late = overdue(
            status=status, due_on=due, submitted_at=review.submitted_at if review else None, today=today
        )
        later = sorted(
            (day, kind)
            for kind in (MilestoneKind.WRITTEN_FEEDBACK, MilestoneKind.RESULT_DIALOGUE)
            if (day := school_date(forms, kind, dates)) is not None and day >= today
        )
        result.append(
            StartRow(
                school=school,
                plan=plan,
                status=status,
                plan_due=due,
                overdue=late.plan_overdue,
                open_items=getattr(plan, "open_items", 0) if plan else 0,
                next_step=_next_step(plan, status),
                next_date=later[0][0] if later else None,
                next_kind=later[0][1] if later else "",
                state=state,
                check=summary_of(counts.get(state.run_id or 0), ""),
            )
        )
    return result
