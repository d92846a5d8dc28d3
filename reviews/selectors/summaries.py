"""Status summaries: the district's whole school year, and one school's year (API and pages)."""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from plans.models import Plan, PlanVersion, School, SchoolYear
from plans.selectors import run_results
from reviews import timeline
from reviews.models import UNSETTLED_STATES, FeedbackItem, MilestoneKind, PlanStatus
from reviews.selectors.dates import (
    OverdueRow,
    milestone_dates,
    overdue,
    overdue_row,
    school_date,
)
from reviews.selectors.results import NO_PLAN, PlanState, plan_states


@dataclass(frozen=True)
class YearSummary:
    school_year: SchoolYear
    schools: int
    by_status: dict[str, int]
    # key, met, partial, missing: in the version each plan's status refers to (results.py)
    requirements: list[tuple[str, int, int, int]]
    overdue: list[OverdueRow]


def school_year_summary(
    schools: QuerySet[School], *, school_year: SchoolYear, today: datetime.date
) -> YearSummary:
    """Counts by plan status, per-requirement results of the version each school's status refers
    to, and what is overdue: a fixed number of queries whatever the number of schools."""
    rows = list(schools.filter(district_id=school_year.district_id, is_active=True).prefetch_related("forms"))
    dates = milestone_dates(school_year)
    plans = dict(Plan.objects.filter(school__in=rows, school_year=school_year).values_list("school_id", "pk"))
    states = plan_states(plans.values())
    by_status: Counter[str] = Counter({status: 0 for status in PlanStatus.values})
    overdue_rows: list[OverdueRow] = []
    for school in rows:
        plan_id = plans.get(school.pk)
        state = states.get(plan_id, NO_PLAN) if plan_id else NO_PLAN
        by_status[state.status] += 1
        due = school_date([f.code for f in school.forms.all()], MilestoneKind.PLAN_DUE, dates)
        late = overdue_row(school, state.status, due, state.submitted_at, today)
        if late is not None:
            overdue_rows.append(late)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    order: list[str] = []
    for results in run_results(s.run_id for s in states.values()).values():
        for key, result in results.items():
            if key not in counts:
                order.append(key)
            counts[key][result] += 1
    return YearSummary(
        school_year=school_year,
        schools=len(rows),
        by_status=dict(by_status),
        requirements=[(k, counts[k]["met"], counts[k]["partial"], counts[k]["missing"]) for k in order],
        overdue=sorted(overdue_rows, key=lambda r: (r.due_on or datetime.date.max, r.school.name)),
    )


@dataclass(frozen=True)
class SchoolSummary:
    school: School
    school_year: SchoolYear
    status: str
    overdue: bool
    plan: Plan | None
    latest_version: PlanVersion | None
    requirements: dict[str, str]  # of the version the status refers to, from the run shown for it
    open_feedback: int
    due: dict[str, datetime.date | None]
    state: PlanState = NO_PLAN


def school_summary(school: School, *, school_year: SchoolYear, today: datetime.date) -> SchoolSummary:
    plan = Plan.objects.filter(school=school, school_year=school_year).select_related("review").first()
    state = plan_states([plan.pk]).get(plan.pk, NO_PLAN) if plan else NO_PLAN
    status = state.status
    forms = [f.code for f in school.forms.all()]
    dates = milestone_dates(school_year)
    review = getattr(plan, "review", None) if plan else None
    plan_due = school_date(forms, MilestoneKind.PLAN_DUE, dates)
    late = overdue(status=status, due_on=plan_due, submitted_at=state.submitted_at, today=today)
    latest = plan.versions.order_by("-number").first() if plan else None
    requirements = run_results([state.run_id]).get(state.run_id or 0, {}) if state.run_id else {}
    return SchoolSummary(
        school=school,
        school_year=school_year,
        status=status,
        overdue=late.plan_overdue or late.review_overdue,
        plan=plan,
        latest_version=latest,
        requirements=requirements,
        open_feedback=FeedbackItem.objects.filter(plan=plan, state__in=UNSETTLED_STATES).count()
        if plan
        else 0,
        due={
            "plan_due": plan_due,
            "written_feedback": school_date(forms, MilestoneKind.WRITTEN_FEEDBACK, dates),
            "result_dialogue": school_date(forms, MilestoneKind.RESULT_DIALOGUE, dates),
            "review_due": (
                timeline.review_due_date(timezone.localdate(review.submitted_at), settings.REVIEW_DAYS)
                if review and review.submitted_at
                else None
            ),
        },
        state=state,
    )
