"""The review screen's read model: everything the plan's review page shows, read in one place."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass

from django.db.models import QuerySet

from plans import permissions
from plans.finding_texts import finding_text
from plans.models import CheckRun, Plan, PlanVersion
from plans.permissions import Action, Actor
from plans.selectors import FindingRow, ResultRow, check_report, current_check_run
from reviews import reading, workflow
from reviews.assessments import Effective, effective_results, previous_assessments
from reviews.decisions import OpenProblems, open_problems
from reviews.models import Assessment, Decision, FeedbackLetter
from reviews.selectors.dates import plan_due_date
from reviews.selectors.feedback import ItemView, heading_paths, plan_items
from reviews.selectors.results import NO_PLAN, CheckSummary, PlanState, check_summaries, plan_states
from reviews.workflow import Transition


@dataclass(frozen=True)
class Anchors:
    """What a feedback item on the version can be anchored to, in the reader's language."""

    requirements: list[tuple[str, str]]  # key, title
    sections: list[tuple[str, ...]]
    findings: list[tuple[str, str]]  # code, message


def anchors_of(run: CheckRun | None, *, language: str) -> Anchors:
    if run is None:
        return Anchors([], [], [])
    swedish = language.startswith("sv")
    requirement_rows = run.template.requirements.all() if run.template else []
    titles = {r.key: (r.title_sv if swedish else r.title_en) for r in requirement_rows}
    findings: list[tuple[str, str]] = []
    for finding in run.findings.all():
        if finding.code not in [code for code, _ in findings]:
            findings.append(
                (finding.code, finding_text(finding.code, {**finding.params, "masked": finding.masked}))
            )
    return Anchors(
        requirements=[(r.key, titles.get(r.key, r.key)) for r in run.results.all()],
        sections=heading_paths(run),
        findings=findings,
    )


@dataclass(frozen=True)
class RequirementView:
    """A requirement on the review screen: the engine's proposal, the status reported, and what the
    reviewer said about it on an earlier version."""

    row: ResultRow
    number: int | None  # the paragraph number of its evidence in the plan's text
    effective: Effective
    previous: Assessment | None


def requirement_views(
    version: PlanVersion, results: list[ResultRow], numbers: dict[str, int | None]
) -> list[RequirementView]:
    """Four queries whatever the number of requirements: the statuses as reported, and the earlier ones."""
    effective = effective_results([version.pk]).get(version.pk, {})
    previous = previous_assessments(version)
    return [
        RequirementView(
            row=r,
            number=numbers.get(r.key),
            effective=effective.get(r.key) or Effective(status=r.status, engine_status=r.status),
            previous=previous.get(r.key),
        )
        for r in results
    ]


@dataclass(frozen=True)
class ReviewScreen:
    plan: Plan
    status: str
    state: PlanState  # the version the status refers to; whether a newer one is not handed in
    versions: list[PlanVersion]  # newest first
    latest: PlanVersion | None  # the version on the screen: the one handed in unless another is asked for
    handed_in: PlanVersion | None  # the version a decision applies to
    newest: PlanVersion | None
    run: CheckRun | None  # the shown version's current run
    results: list[tuple[ResultRow, int | None]]  # with the paragraph number in the plan's text
    requirements: list[RequirementView]  # the same rows with their assessments
    findings: list[tuple[FindingRow, int | None]]
    text: reading.PlanText | None
    sections: list[tuple[reading.SectionText, list[str]]]  # each section with the requirements found there
    items: list[ItemView]
    item_counts: Counter[tuple[str, ...]]
    anchors: Anchors
    check: CheckSummary | None  # the latest version's counts
    decisions: QuerySet[Decision]  # each with the check run it saw
    letters: QuerySet[FeedbackLetter]
    due_on: datetime.date | None
    may_review: bool
    may_answer: bool
    transitions: list[Transition]
    approval_problems: OpenProblems | None  # what approving now would pass over, when it may be approved

    @property
    def reading_another(self) -> bool:
        """The screen shows a version other than the one a decision would apply to."""
        return self.latest is not None and self.handed_in is not None and self.latest.pk != self.handed_in.pk


def review_screen(plan: Plan, *, user: Actor, language: str, number: int | None = None) -> ReviewScreen:
    """A fixed number of queries whatever the number of versions, findings and feedback items.

    number: the version to show; by default the one the status refers to (handed in), else the newest."""
    versions = list(plan.versions.order_by("-number"))
    newest = versions[0] if versions else None
    state = plan_states([plan.pk]).get(plan.pk, NO_PLAN)
    handed_in = next((v for v in versions if v.pk == state.version_id), None) if state.submitted_at else None
    latest = next((v for v in versions if v.number == number), None) or handed_in or newest
    run = current_check_run(latest) if latest else None
    results, findings = check_report(run, language=language) if run else ([], [])
    text = reading.plan_text(latest, run) if latest else None
    items = plan_items(plan, run=run)
    titles = {r.key: r.title for r in results}
    numbers = {r.key: text.number_of(r.path) if text else None for r in results}
    transitions = [
        t for t in workflow.allowed_from(state.status) if permissions.can(user, workflow.PLAN_ACTORS[t], plan)
    ]
    return ReviewScreen(
        plan=plan,
        status=state.status,
        state=state,
        versions=versions,
        latest=latest,
        handed_in=handed_in,
        newest=newest,
        run=run,
        results=[(r, numbers[r.key]) for r in results],
        requirements=requirement_views(latest, results, numbers) if latest and results else [],
        findings=[(f, text.number_of(f.path) if text else None) for f in findings],
        text=text,
        sections=[
            (section, [titles[k] for k in section.requirements if k in titles])
            for section in (text.sections if text else [])
        ],
        items=items,
        item_counts=Counter(view.located.heading_path for view in items if view.located.heading_path),
        anchors=anchors_of(run, language=language),
        check=check_summaries([latest]).get(latest.pk) if latest else None,
        decisions=plan.decisions.select_related("by", "version", "check_run__template"),
        letters=plan.letters.select_related("created_by", "version", "check_run"),
        due_on=plan_due_date(plan.school, plan.school_year),
        may_review=permissions.can(user, Action.REVIEW, plan),
        may_answer=permissions.can(user, Action.ANSWER_FEEDBACK, plan),
        transitions=transitions,
        approval_problems=open_problems(plan) if Transition.APPROVE in transitions else None,
    )
