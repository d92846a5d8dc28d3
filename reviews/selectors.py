"""Reads of the review workflow: status, due dates and overdue (computed, never stored), reviewer
queues, where each feedback item sits in a later version, and what changed between versions."""

from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from plans.checking.diff import SectionChange, diff_documents
from plans.checking.reader import DocumentUnreadable, read_document
from plans.models import (
    Area,
    CheckRun,
    CheckStatus,
    Finding,
    Plan,
    PlanVersion,
    RequirementResult,
    Role,
    RoleGrant,
    School,
    SchoolFormCode,
    SchoolYear,
)
from plans.permissions import Actor, grants_of
from plans.selectors import latest_check_run, plans_with_latest, template_for
from reviews import timeline
from reviews.models import (
    UNSETTLED_STATES,
    AnchorKind,
    FeedbackItem,
    Milestone,
    MilestoneKind,
    PlanReview,
    PlanStatus,
)

# --- Status and dates ---


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


# --- Who reviews which school ---


@dataclass
class Assignment:
    reviewers: list[int] = field(default_factory=list)
    deputies: list[int] = field(default_factory=list)


def assignments(schools: Sequence[School]) -> dict[int, Assignment]:
    """Each school's reviewers: its own reviewer grants if it has any (a per-school override), else
    its area's. Deputies stand in for them."""
    district_ids = {school.district_id for school in schools}
    by_school: dict[int, Assignment] = defaultdict(Assignment)
    by_area: dict[int, Assignment] = defaultdict(Assignment)
    grants = RoleGrant.objects.filter(role=Role.REVIEWER, district_id__in=district_ids, user__is_active=True)
    for user_id, area_id, school_id, deputy in grants.values_list(
        "user_id", "area_id", "school_id", "is_deputy"
    ):
        target = by_school[school_id] if school_id else by_area[area_id]
        (target.deputies if deputy else target.reviewers).append(user_id)
    result: dict[int, Assignment] = {}
    for school in schools:
        own = by_school.get(school.pk)
        if own and own.reviewers:
            result[school.pk] = own
        else:
            area = by_area.get(school.area_id, Assignment()) if school.area_id else Assignment()
            result[school.pk] = Assignment(
                reviewers=list(area.reviewers), deputies=list(area.deputies) + (own.deputies if own else [])
            )
    return result


# --- The reviewer's queue ---


@dataclass(frozen=True)
class CheckSummary:
    met: int = 0
    partial: int = 0
    missing: int = 0
    findings: int = 0
    status: str = ""  # the version's check status


@dataclass(frozen=True)
class QueueRow:
    plan: Plan
    school: School
    status: str
    due_on: datetime.date | None  # when the reviewer's next step is due
    overdue: Overdue
    as_deputy: bool
    version: PlanVersion | None
    check: CheckSummary
    open_items: int
    addressed_items: int

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
        .select_related("review", "review__submitted_version")
        .prefetch_related(Prefetch("versions", queryset=PlanVersion.objects.order_by("-number")))
    }
    items = Counter(
        (plan_id, state)
        for plan_id, state in FeedbackItem.objects.filter(
            plan__in=plans.values(), state__in=UNSETTLED_STATES
        ).values_list("plan_id", "state")
    )
    latest_versions = {p.pk: next(iter(p.versions.all()), None) for p in plans.values()}
    summaries = check_summaries([v for v in latest_versions.values() if v is not None])
    rows: list[QueueRow] = []
    for school in schools:
        plan = plans.get(school.pk)
        status = status_of(plan)
        due = school_date([f.code for f in school.forms.all()], MilestoneKind.PLAN_DUE, dates)
        review = getattr(plan, "review", None) if plan else None
        submitted_at = review.submitted_at if review else None
        late = overdue(status=status, due_on=due, submitted_at=submitted_at, today=today)
        if status not in QUEUE_STATUSES and not late.plan_overdue:
            continue
        next_due = (
            timeline.review_due_date(timezone.localdate(submitted_at), settings.REVIEW_DAYS)
            if submitted_at and status in QUEUE_STATUSES
            else due
        )
        version = latest_versions.get(plan.pk) if plan else None
        rows.append(
            QueueRow(
                plan=plan,  # type: ignore[arg-type]
                school=school,
                status=status,
                due_on=next_due,
                overdue=late,
                as_deputy=as_deputy[school.pk],
                version=version,
                check=summaries.get(version.pk, CheckSummary()) if version else CheckSummary(),
                open_items=sum(
                    n for (pid, state), n in items.items() if plan and pid == plan.pk and state != "addressed"
                ),
                addressed_items=items.get((plan.pk, "addressed"), 0) if plan else 0,
            )
        )
    rows.sort(key=lambda r: (r.due_on or datetime.date.max, r.school.name))
    return rows


def check_summaries(versions: Sequence[PlanVersion]) -> dict[int, CheckSummary]:
    """Met/partial/missing counts of each version's newest check run, in two queries."""
    runs: dict[int, CheckRun] = {}
    for run in CheckRun.objects.filter(version__in=versions).order_by("version_id", "-created_at"):
        runs.setdefault(run.version_id, run)
    counts: Counter[tuple[int, str]] = Counter()
    for run_id, status in RequirementResult.objects.filter(check_run__in=runs.values()).values_list(
        "check_run_id", "status"
    ):
        counts[(run_id, status)] += 1
    finding_counts = Counter(
        Finding.objects.filter(check_run__in=runs.values()).values_list("check_run_id", flat=True)
    )
    summaries = {}
    for version in versions:
        newest = runs.get(version.pk)
        if newest is None:
            summaries[version.pk] = CheckSummary(status=version.check_status)
            continue
        summaries[version.pk] = CheckSummary(
            met=counts[(newest.pk, "met")],
            partial=counts[(newest.pk, "partial")],
            missing=counts[(newest.pk, "missing")],
            findings=finding_counts[newest.pk],
            status=version.check_status,
        )
    return summaries


# --- Feedback items in a later version ---


@dataclass(frozen=True)
class Located:
    """Where an item's anchor is in a given version."""

    heading_path: tuple[str, ...]
    gone: bool  # the section or the finding is no longer there
    moved: bool  # found, under another heading path than when the item was written
    requirement_status: str = ""  # for requirement anchors: the requirement's status in this version


_NUMBERING = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s*")


def _heading_key(text: str) -> str:
    return " ".join(_NUMBERING.sub("", text).casefold().split())


def heading_paths(run: CheckRun | None) -> list[tuple[str, ...]]:
    """The heading paths of a checked version, rebuilt from its stored outline."""
    if run is None:
        return []
    paths: list[tuple[str, ...]] = []
    stack: list[tuple[int, str]] = []
    for heading in run.outline.get("headings", []):
        level, text = int(heading.get("level", 1)), str(heading.get("text", ""))
        if level == 0:
            paths.append((text,))
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, text))
        paths.append(tuple(t for _, t in stack))
    return paths


def locate(item: FeedbackItem, run: CheckRun | None) -> Located:
    """Find the item's anchor again in a version's check run: by requirement key, by heading path
    (or the same heading renumbered or moved), or by finding code."""
    written_path = tuple(item.heading_path)
    if run is None:
        return Located(written_path, gone=False, moved=False)
    if item.anchor_kind == AnchorKind.REQUIREMENT:
        result = next((r for r in run.results.all() if r.key == item.requirement_key), None)
        path = tuple(result.evidence[0].get("heading_path", [])) if result and result.evidence else ()
        return Located(path, gone=False, moved=False, requirement_status=result.status if result else "")
    if item.anchor_kind == AnchorKind.SECTION:
        paths = heading_paths(run)
        if written_path in paths:
            return Located(written_path, gone=False, moved=False)
        wanted = _heading_key(written_path[-1]) if written_path else ""
        same = [p for p in paths if p and _heading_key(p[-1]) == wanted]
        if same:
            return Located(same[0], gone=False, moved=True)
        return Located(written_path, gone=True, moved=False)
    if item.anchor_kind == AnchorKind.FINDING:
        findings = [f for f in run.findings.all() if f.code == item.finding_code]
        exact = [f for f in findings if not item.finding_shown_as or f.masked == item.finding_shown_as]
        if exact:
            where = exact[0].evidence[0].get("heading_path", []) if exact[0].evidence else []
            return Located(tuple(where), gone=False, moved=False)
        return Located((), gone=True, moved=False)
    return Located((), gone=False, moved=False)


@dataclass(frozen=True)
class ItemView:
    item: FeedbackItem
    located: Located


def plan_items(plan: Plan, *, run: CheckRun | None) -> list[ItemView]:
    """Every feedback item of the plan, located in a version's check run (normally the latest's)."""
    items = (
        FeedbackItem.objects.filter(plan=plan)
        .select_related("created_by", "version", "addressed_in", "resolved_in")
        .prefetch_related("replies__author", "replies__version")
    )
    return [ItemView(item, locate(item, run)) for item in items]


def items_for_principal(plan: Plan) -> QuerySet[FeedbackItem]:
    return FeedbackItem.objects.filter(plan=plan).exclude(state="dropped")


# --- What changed between two versions ---


@dataclass(frozen=True)
class CheckDelta:
    newly_met: list[str]
    newly_missing: list[str]
    improved: list[tuple[str, str, str]]  # key, before, after (missing → partial, partial → met, …)
    worsened: list[tuple[str, str, str]]
    findings_gone: list[str]  # "code: shown as"
    findings_new: list[str]


RANK = {"missing": 0, "partial": 1, "met": 2}


def check_delta(before: CheckRun | None, after: CheckRun | None) -> CheckDelta | None:
    if before is None or after is None:
        return None
    old = {r.key: r.status for r in before.results.all()}
    new = {r.key: r.status for r in after.results.all()}
    improved: list[tuple[str, str, str]] = []
    worsened: list[tuple[str, str, str]] = []
    for key, status in new.items():
        previous = old.get(key)
        if previous is None or previous == status:
            continue
        (improved if RANK[status] > RANK[previous] else worsened).append((key, previous, status))

    def finding_keys(run: CheckRun) -> Counter[str]:
        return Counter(f"{f.code}: {f.masked}" if f.masked else f.code for f in run.findings.all())

    old_findings, new_findings = finding_keys(before), finding_keys(after)
    return CheckDelta(
        newly_met=[k for k, b, a in improved if a == "met"],
        newly_missing=[k for k, b, a in worsened if a == "missing"],
        improved=improved,
        worsened=worsened,
        findings_gone=sorted((old_findings - new_findings).elements()),
        findings_new=sorted((new_findings - old_findings).elements()),
    )


@dataclass(frozen=True)
class VersionDiff:
    before: PlanVersion
    after: PlanVersion
    sections: tuple[SectionChange, ...]
    check: CheckDelta | None
    unreadable: bool = False


def version_diff(before: PlanVersion, after: PlanVersion) -> VersionDiff:
    """Section-level changes (reading both files) and the check delta between two versions."""
    try:
        with before.file.open("rb") as old_file, after.file.open("rb") as new_file:
            sections = diff_documents(read_document(old_file.read()), read_document(new_file.read()))
    except (DocumentUnreadable, FileNotFoundError):
        return VersionDiff(
            before, after, (), check_delta(latest_check_run(before), latest_check_run(after)), True
        )
    return VersionDiff(
        before, after, sections, check_delta(latest_check_run(before), latest_check_run(after))
    )


# --- Status summaries (the district's whole picture; API and overview pages) ---


@dataclass(frozen=True)
class OverdueRow:
    school: School
    status: str
    due_on: datetime.date | None
    kind: str  # "plan": not handed in; "review": waiting for a decision


@dataclass(frozen=True)
class YearSummary:
    school_year: SchoolYear
    schools: int
    by_status: dict[str, int]
    requirements: list[tuple[str, int, int, int]]  # key, met, partial, missing (latest checked versions)
    overdue: list[OverdueRow]


def school_year_summary(
    schools: QuerySet[School], *, school_year: SchoolYear, today: datetime.date
) -> YearSummary:
    """Counts by plan status, per-requirement results of each school's latest checked version, and
    what is overdue: a fixed number of queries whatever the number of schools."""
    rows = list(schools.filter(district_id=school_year.district_id, is_active=True).prefetch_related("forms"))
    dates = milestone_dates(school_year)
    plans = {
        p.school_id: p
        for p in Plan.objects.filter(school__in=rows, school_year=school_year).select_related("review")
    }
    by_status: Counter[str] = Counter({status: 0 for status in PlanStatus.values})
    overdue_rows: list[OverdueRow] = []
    for school in rows:
        plan = plans.get(school.pk)
        status = status_of(plan)
        by_status[status] += 1
        due = school_date([f.code for f in school.forms.all()], MilestoneKind.PLAN_DUE, dates)
        review = getattr(plan, "review", None) if plan else None
        late = _overdue_row(school, status, due, review.submitted_at if review else None, today)
        if late is not None:
            overdue_rows.append(late)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    order: list[str] = []
    for key, result in latest_results(list(plans.values())):
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


def latest_results(plans: Sequence[Plan]) -> list[tuple[str, str]]:
    """(requirement key, status) of the newest check run of each plan's newest checked version."""
    newest = newest_checked([plan.pk for plan in plans])
    return [item for _number, results in newest.values() for item in results.items()]


@dataclass(frozen=True)
class SchoolSummary:
    school: School
    school_year: SchoolYear
    status: str
    overdue: bool
    plan: Plan | None
    latest_version: PlanVersion | None
    requirements: dict[str, str]
    open_feedback: int
    due: dict[str, datetime.date | None]


def school_summary(school: School, *, school_year: SchoolYear, today: datetime.date) -> SchoolSummary:
    plan = Plan.objects.filter(school=school, school_year=school_year).select_related("review").first()
    status = status_of(plan)
    forms = [f.code for f in school.forms.all()]
    dates = milestone_dates(school_year)
    review = getattr(plan, "review", None) if plan else None
    plan_due = school_date(forms, MilestoneKind.PLAN_DUE, dates)
    late = overdue(
        status=status, due_on=plan_due, submitted_at=review.submitted_at if review else None, today=today
    )
    latest = plan.versions.order_by("-number").first() if plan else None
    requirements: dict[str, str] = dict(latest_results([plan])) if plan else {}
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
    )


# --- The district's matrix: schools × requirements (the overview page and its exports) ---


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
    checked_version: int | None  # number of the newest checked version; None: nothing checked yet
    results: dict[str, str]  # requirement key → met/partial/missing; a key not there was not checked


@dataclass(frozen=True)
class YearMatrix:
    school_year: SchoolYear
    requirements: list[MatrixRequirement]  # the school year's template, in its order
    rows: list[MatrixRow]  # by school name, after every filter
    by_status: dict[str, int]  # schools per plan status, after the area and form filters only
    overdue: list[OverdueRow]  # of the rows, the earliest due first

    def met_counts(self) -> list[tuple[MatrixRequirement, int]]:
        """How many of the rows' schools meet each requirement (in their newest checked version)."""
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
    is overdue, and every requirement's result in its newest checked version.

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
    plans = {
        school_id: (plan_id, review_status or PlanStatus.NOT_SUBMITTED, submitted_at)
        for school_id, plan_id, review_status, submitted_at in Plan.objects.filter(
            school__in=chosen, school_year=school_year
        ).values_list("school_id", "pk", "review__status", "review__submitted_at")
    }
    checked = newest_checked([plan_id for plan_id, _s, _at in plans.values()])
    dates = milestone_dates(school_year)
    by_status: Counter[str] = Counter({s: 0 for s in PlanStatus.values})
    rows: list[MatrixRow] = []
    overdue_rows: list[OverdueRow] = []
    for school in all_schools:
        plan_id, plan_status, submitted_at = plans.get(school.pk, (None, PlanStatus.NOT_SUBMITTED, None))
        by_status[plan_status] += 1
        if status and plan_status != status:
            continue
        codes = tuple(sorted(forms.get(school.pk, [])))
        due = school_date(codes, MilestoneKind.PLAN_DUE, dates)
        late = _overdue_row(school, plan_status, due, submitted_at, today)
        if late is not None:
            overdue_rows.append(late)
        number, results = checked.get(plan_id, (None, {})) if plan_id else (None, {})
        area_name = area_names.get(school.area_id, "") if school.area_id else ""
        rows.append(
            MatrixRow(school, area_name, codes, plan_id, plan_status, late is not None, number, results)
        )
    return YearMatrix(
        school_year=school_year,
        requirements=requirements,
        rows=rows,
        by_status=dict(by_status),
        overdue=sorted(overdue_rows, key=lambda r: (r.due_on or datetime.date.max, r.school.name)),
    )


def _overdue_row(
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


def newest_checked(plan_ids: Sequence[int]) -> dict[int, tuple[int, dict[str, str]]]:
    """plan id → (number of its newest checked version, {requirement key: status} of that version's
    newest check run), in three queries."""
    versions: dict[int, tuple[int, int]] = {}  # plan id → (version id, number)
    for plan_id, version_id, number in (
        PlanVersion.objects.filter(plan_id__in=plan_ids, check_status="checked")
        .order_by("plan_id", "-number")
        .values_list("plan_id", "id", "number")
    ):
        versions.setdefault(plan_id, (version_id, number))
    runs: dict[int, int] = {}  # version id → run id
    for version_id, run_id in (
        CheckRun.objects.filter(version_id__in=[v for v, _n in versions.values()])
        .order_by("version_id", "-created_at", "-id")
        .values_list("version_id", "id")
    ):
        runs.setdefault(version_id, run_id)
    results: dict[int, dict[str, str]] = defaultdict(dict)  # run id → key → status
    for run_id, key, result in (
        RequirementResult.objects.filter(check_run_id__in=runs.values())
        .order_by("check_run_id", "order")
        .values_list("check_run_id", "key", "status")
    ):
        results[run_id][key] = result
    return {
        plan_id: (number, results.get(runs[version_id], {}))
        for plan_id, (version_id, number) in versions.items()
        if version_id in runs
    }


# --- The principal's start page: each school's plan this year, what is due and what to do next ---


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
    open_items: int  # feedback items the school has not settled
    next_step: str
    next_date: datetime.date | None  # the next milestone after approval (written feedback, dialogue)
    next_kind: str = ""

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
        .annotate(open_items=Count("feedback_items", filter=Q(feedback_items__state__in=UNSETTLED_STATES)))
    }
    dates = milestone_dates(school_year)
    result: list[StartRow] = []
    for school in rows:
        plan = by_school.get(school.pk)
        status = status_of(plan)
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
            )
        )
    return result
