"""The district's matrix: schools by requirements, for the overview page and its exports."""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db.models import QuerySet

from plans.models import Area, Plan, School, SchoolYear
from plans.selectors import template_for
from reviews.assessments import effective_results
from reviews.models import MilestoneKind, PlanStatus
from reviews.selectors.assignments import assignments, reviewer_names
from reviews.selectors.dates import OverdueRow, milestone_dates, overdue_row, school_date
from reviews.selectors.feedback import open_item_counts
from reviews.selectors.results import NO_PLAN, PlanState, plan_states


@dataclass(frozen=True)
class MatrixRequirement:
    key: str
    title_sv: str
    title_en: str

    def title(self, language: str) -> str:
        return self.title_sv if language.startswith("sv") else self.title_en


@dataclass(frozen=True)
class MatrixRow:
    school: School
    area_name: str
    forms: tuple[str, ...]  # school form codes
    plan_id: int | None
    status: str
    overdue: bool
    checked_version: int | None  # number of the version the results are of; None: nothing checked yet
    results: dict[str, str]  # requirement key → met/partial/missing; a key not there was not checked
    state: PlanState = NO_PLAN
    reviewer: str = ""  # the school's reviewers, by name
    days_overdue: int = 0
    open_items: int = 0  # feedback items open for the school

    @property
    def newer_not_submitted(self) -> bool:
        return self.state.newer_not_submitted


@dataclass(frozen=True)
class YearMatrix:
    school_year: SchoolYear
    requirements: list[MatrixRequirement]  # the school year's template, in its order
    rows: list[MatrixRow]  # by school name, after every filter
    by_status: dict[str, int]  # schools per plan status, after the area and form filters only
    overdue: list[OverdueRow]  # of the rows, the earliest due first
    today: datetime.date | None = None

    def met_counts(self) -> list[tuple[MatrixRequirement, int]]:
        """How many of the rows' schools meet each requirement (in the version their status is on)."""
        return [
            (requirement, sum(1 for row in self.rows if row.results.get(requirement.key) == "met"))
            for requirement in self.requirements
        ]


def school_year_matrix(
    schools: QuerySet[School],
    *,
    school_year: SchoolYear,
    today: datetime.date,
    area: int | None = None,
    form: str | None = None,
    status: str | None = None,
) -> YearMatrix:
    """Each active school of the year's district (within `schools`) with its plan status, whether it
    is overdue, and every requirement's result in the version its status refers to (results.py):
    for an approved plan the approved version, as the decision saw it.

    A fixed number of queries whatever the number of schools. Only the schools become model
    instances; the rest is read as tuples, because at 1,000 schools building objects is the cost.
    Status is computed, so it is filtered here rather than in SQL."""
    chosen = schools.filter(district_id=school_year.district_id, is_active=True)
    if area is not None:
        chosen = chosen.filter(area_id=area)
    if form:
        chosen = chosen.filter(forms__code=form)
    all_schools = list(chosen.order_by("name", "pk"))
    template = template_for(school_year)
    requirements = [
        MatrixRequirement(r.key, r.title_sv, r.title_en)
        for r in template.requirements.order_by("order", "key")
    ]
    area_names = dict(Area.objects.filter(district_id=school_year.district_id).values_list("pk", "name"))
    forms: dict[int, list[str]] = defaultdict(list)
    # A fresh queryset, so the form filter's join does not narrow each school's forms.
    for school_id, code in School.objects.filter(pk__in=chosen.values("pk"), forms__isnull=False).values_list(
        "pk", "forms__code"
    ):
        forms[school_id].append(code)
    plans = dict(
        Plan.objects.filter(school__in=chosen, school_year=school_year).values_list("school_id", "pk")
    )
    states = plan_states(plans.values())
    # As reported: the reviewer's status where assessed, else the engine's (reviews.assessments).
    shown_runs = {s.version_id: s.run_id for s in states.values() if s.version_id is not None and s.run_id}
    results = {
        version_id: {key: e.status for key, e in rows.items()}
        for version_id, rows in effective_results(shown_runs, run_ids=shown_runs).items()
    }
    open_items = open_item_counts(plans.values())
    reviewers = reviewer_names(assignments(all_schools))
    dates = milestone_dates(school_year)
    by_status: Counter[str] = Counter({s: 0 for s in PlanStatus.values})
    rows: list[MatrixRow] = []
    overdue_rows: list[OverdueRow] = []
    for school in all_schools:
        plan_id = plans.get(school.pk)
        state = states.get(plan_id, NO_PLAN) if plan_id else NO_PLAN
        by_status[state.status] += 1
        if status and state.status != status:
            continue
        codes = tuple(sorted(forms.get(school.pk, [])))
        due = school_date(codes, MilestoneKind.PLAN_DUE, dates)
        late = overdue_row(school, state.status, due, state.submitted_at, today)
        if late is not None:
            overdue_rows.append(late)
        shown = results.get(state.version_id, {}) if state.run_id and state.version_id else {}
        rows.append(
            MatrixRow(
                school=school,
                area_name=area_names.get(school.area_id, "") if school.area_id else "",
                forms=codes,
                plan_id=plan_id,
                status=state.status,
                overdue=late is not None,
                checked_version=state.version_number if state.run_id else None,
                results=shown,
                state=state,
                reviewer=reviewers.get(school.pk, ""),
                days_overdue=(today - late.due_on).days if late is not None and late.due_on else 0,
                open_items=open_items.get(plan_id, 0) if plan_id else 0,
            )
        )
    return YearMatrix(
        school_year=school_year,
        requirements=requirements,
        rows=rows,
        by_status=dict(by_status),
        overdue=sorted(overdue_rows, key=lambda r: (r.due_on or datetime.date.max, r.school.name)),
        today=today,
    )
