"""Status and dates: a plan's review status, milestone dates per school form, and overdue (computed
from the dates and today, never stored)."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from plans.models import Plan, School, SchoolFormCode, SchoolYear
from reviews import timeline
from reviews.models import Milestone, MilestoneKind, PlanReview, PlanStatus


def status_of(plan: Plan | None) -> str:
    if plan is None:
        return PlanStatus.NOT_SUBMITTED
    try:
        return plan.review.status
    except PlanReview.DoesNotExist:
        return PlanStatus.NOT_SUBMITTED


def milestone_dates(school_year: SchoolYear) -> dict[str, dict[str, datetime.date]]:
    """school form → milestone kind → date, for one school year: the district's Milestone rows over
    the defaults (so a new school year has dates before anyone edits them)."""
    dates: dict[str, dict[str, datetime.date]] = defaultdict(dict)
    forms = [code for code, _label in SchoolFormCode.choices]
    for default in timeline.default_milestones(forms, school_year.starts_on, school_year.ends_on):
        dates[default.school_form][default.kind] = default.due_on
    for form, kind, due_on in Milestone.objects.filter(school_year=school_year).values_list(
        "school_form_id", "kind", "due_on"
    ):
        dates[form][kind] = due_on
    return dates


def school_date(
    school_forms: Iterable[str], kind: str, dates: dict[str, dict[str, datetime.date]]
) -> datetime.date | None:
    return timeline.school_due_date([dates[f][kind] for f in school_forms if kind in dates.get(f, {})])


def plan_due_date(school: School, school_year: SchoolYear) -> datetime.date | None:
    forms = [form.code for form in school.forms.all()]
    return school_date(forms, MilestoneKind.PLAN_DUE, milestone_dates(school_year))


@dataclass(frozen=True)
class Overdue:
    plan_overdue: bool  # not handed in (or not handed in again) by the due date
    review_overdue: bool  # handed in, and the reviewer has not decided within REVIEW_DAYS


def overdue(
    *, status: str, due_on: datetime.date | None, submitted_at: datetime.datetime | None, today: datetime.date
) -> Overdue:
    waiting_for_reviewer = status in (PlanStatus.SUBMITTED, PlanStatus.RESUBMITTED, PlanStatus.IN_REVIEW)
    # The local day it came in: just after midnight in Sweden is still the day before in UTC.
    review_due = (
        timeline.review_due_date(timezone.localdate(submitted_at), settings.REVIEW_DAYS)
        if submitted_at
        else None
    )
    return Overdue(
        plan_overdue=status == PlanStatus.NOT_SUBMITTED and timeline.is_overdue(due_on, today),
        review_overdue=waiting_for_reviewer and timeline.is_overdue(review_due, today),
    )


@dataclass(frozen=True)
class OverdueRow:
    school: School
    status: str
    due_on: datetime.date | None
    kind: str  # "plan": not handed in; "review": waiting for a decision


def overdue_row(
    school: School,
    status: str,
    due: datetime.date | None,
    submitted_at: datetime.datetime | None,
    today: datetime.date,
) -> OverdueRow | None:
    late = overdue(status=status, due_on=due, submitted_at=submitted_at, today=today)
    if late.plan_overdue:
        return OverdueRow(school, status, due, "plan")
    if late.review_overdue and submitted_at:
        review_due = timeline.review_due_date(timezone.localdate(submitted_at), settings.REVIEW_DAYS)
        return OverdueRow(school, status, review_due, "review")
    return None
