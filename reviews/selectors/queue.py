"""The reviewer's queue: plans awaiting first review, resubmitted, in review, and overdue ones."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch, Q
from django.utils import timezone

from plans.models import Plan, PlanVersion, School, SchoolYear
from plans.permissions import Actor, grants_of
from plans.selectors import run_counts
from reviews import timeline
from reviews.models import UNSETTLED_STATES, FeedbackItem, MilestoneKind, PlanStatus
from reviews.selectors.assignments import assignments
from reviews.selectors.dates import Overdue, milestone_dates, overdue, school_date
from reviews.selectors.results import NO_PLAN, CheckSummary, PlanState, plan_states, summary_of


@dataclass(frozen=True)
class QueueRow:
    plan: Plan
    school: School
    status: str
    due_on: datetime.date | None  # when the reviewer's next step is due
    overdue: Overdue
    as_deputy: bool
    version: PlanVersion | None  # the version the status refers to (the one handed in)
    check: CheckSummary
    open_items: int
    addressed_items: int
    state: PlanState = NO_PLAN

    @property
    def is_overdue(self) -> bool:
        return self.overdue.plan_overdue or self.overdue.review_overdue

    @property
    def status_label(self) -> str:
        return str(PlanStatus(self.status).label)


QUEUE_STATUSES = (PlanStatus.SUBMITTED, PlanStatus.RESUBMITTED, PlanStatus.IN_REVIEW)


def reviewer_queue(user: Actor, *, school_year: SchoolYear, today: datetime.date) -> list[QueueRow]:
    """Plans awaiting first review, resubmitted plans, reviews in progress, and overdue plans of the
    schools assigned to the user (or that they deputise for), by due date."""
    grants = grants_of(user)
    if not (grants.review_areas or grants.review_schools or grants.superuser or grants.admin_districts):
        return []
    schools = list(
        School.objects.filter(district_id=school_year.district_id, is_active=True)
        .filter(Q(area_id__in=grants.review_areas) | Q(id__in=grants.review_schools))
        .prefetch_related("forms")
        .select_related("area")
    )
    user_id = getattr(user, "pk", None)
    assigned = assignments(schools)
    mine = {
        s.pk: (user_id in assigned[s.pk].deputies and user_id not in assigned[s.pk].reviewers)
        for s in schools
        if user_id in assigned[s.pk].reviewers or user_id in assigned[s.pk].deputies
    }
    return _queue_rows([s for s in schools if s.pk in mine], mine, school_year, today)


def _queue_rows(
    schools: list[School], as_deputy: dict[int, bool], school_year: SchoolYear, today: datetime.date
) -> list[QueueRow]:
    dates = milestone_dates(school_year)
    plans = {
        p.school_id: p
        for p in Plan.objects.filter(school__in=schools, school_year=school_year)
        .select_related("review")
        .prefetch_related(Prefetch("versions", queryset=PlanVersion.objects.order_by("-number")))
    }
    items = Counter(
        (plan_id, state)
        for plan_id, state in FeedbackItem.objects.filter(
            plan__in=plans.values(), state__in=UNSETTLED_STATES
        ).values_list("plan_id", "state")
    )
    states = plan_states(p.pk for p in plans.values())
    counts = run_counts(s.run_id for s in states.values())
    rows: list[QueueRow] = []
    for school in schools:
        plan = plans.get(school.pk)
        state = states.get(plan.pk, NO_PLAN) if plan else NO_PLAN
        status = state.status
        due = school_date([f.code for f in school.forms.all()], MilestoneKind.PLAN_DUE, dates)
        late = overdue(status=status, due_on=due, submitted_at=state.submitted_at, today=today)
        if status not in QUEUE_STATUSES and not late.plan_overdue:
            continue
        next_due = (
            timeline.review_due_date(timezone.localdate(state.submitted_at), settings.REVIEW_DAYS)
            if state.submitted_at and status in QUEUE_STATUSES
            else due
        )
        version = next((v for v in plan.versions.all() if v.pk == state.version_id), None) if plan else None
        rows.append(
            QueueRow(
                plan=plan,  # type: ignore[arg-type]
                school=school,
                status=status,
                due_on=next_due,
                overdue=late,
                as_deputy=as_deputy[school.pk],
                version=version,
                check=summary_of(counts.get(state.run_id or 0), version.check_status if version else ""),
                open_items=sum(
                    n for (pid, st), n in items.items() if plan and pid == plan.pk and st != "addressed"
                ),
                addressed_items=items.get((plan.pk, "addressed"), 0) if plan else 0,
                state=state,
            )
        )
    rows.sort(key=lambda r: (r.due_on or datetime.date.max, r.school.name))
    return rows
