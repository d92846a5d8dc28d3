"""Reads of plans: visible lists with what each row needs, computed in the database."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.utils import timezone

from plans import permissions
from plans.checking import RequirementSpec, TemplateSpec
from plans.models import (
    RECORD_EVENT_KINDS,
    CheckRun,
    District,
    Finding,
    Plan,
    PlanEvent,
    PlanTemplate,
    PlanVersion,
    RequirementResult,
    School,
    SchoolYear,
)
from plans.permissions import Actor


def current_school_year(district: District | int, *, today: datetime.date | None = None) -> SchoolYear | None:
    """The district's school year running today, else the latest one that has started, else the next."""
    today = today or timezone.localdate()
    years = SchoolYear.objects.filter(district=district)
    return (
        years.filter(starts_on__lte=today, ends_on__gte=today).order_by("-starts_on").first()
        or years.filter(starts_on__lte=today).order_by("-starts_on").first()
        or years.order_by("starts_on").first()
    )


def _latest_version(field: str, plan_ref: str = "pk") -> Subquery:
    return Subquery(PlanVersion.objects.filter(plan=OuterRef(plan_ref)).order_by("-number").values(field)[:1])


def plans_with_latest(plans: QuerySet[Plan]) -> QuerySet[Plan]:
    """Plans with their latest version's number and check status, in one query."""
    return plans.select_related("school", "school_year").annotate(
        latest_number=_latest_version("number"),
        latest_status=_latest_version("check_status"),
        latest_id=_latest_version("pk"),
        latest_uploaded_at=_latest_version("uploaded_at"),
    )


def plans_of_school(school: School) -> QuerySet[Plan]:
    return plans_with_latest(Plan.objects.filter(school=school)).order_by("-school_year__starts_on")


def plan_versions(plan: Plan) -> QuerySet[PlanVersion]:
    return plan.versions.select_related("uploaded_by").order_by("-number")


def plan_events(plan: Plan) -> QuerySet[PlanEvent]:
    return plan.events.select_related("actor", "version").order_by("-at", "-pk")


def version_detail(user: Actor) -> QuerySet[PlanVersion]:
    return (
        permissions.visible_versions(user)
        .select_related("plan__school__district", "plan__school_year", "uploaded_by")
        .prefetch_related(
            Prefetch("check_runs", queryset=CheckRun.objects.select_related("template").order_by(*RUN_ORDER))
        )
    )


def template_for(school_year: SchoolYear) -> PlanTemplate:
    """The year's chosen template, else the district's newest, else the shipped default's newest."""
    if school_year.template_id is not None:
        return school_year.template  # type: ignore[return-value]
    own = (
        PlanTemplate.objects.filter(district_id=school_year.district_id)
        .order_by("-created_at", "-version")
        .first()
    )
    if own is not None:
        return own
    return shipped_template()


def shipped_template() -> PlanTemplate:
    template = PlanTemplate.objects.filter(district__isnull=True).order_by("-version").first()
    if template is None:
        raise PlanTemplate.DoesNotExist("The shipped default template is missing: run the migrations.")
    return template


def template_spec(template: PlanTemplate) -> TemplateSpec:
    """The template as plain data for the engine."""
    requirements = tuple(
        RequirementSpec.from_dict(
            {
                "key": r.key,
                "title_sv": r.title_sv,
                "title_en": r.title_en,
                "legal_basis": r.legal_basis,
                "required": r.required,
                "headings": r.headings,
                "signals": r.signals,
                "advice_sv": r.advice_sv,
                "advice_en": r.advice_en,
            }
        )
        for r in template.requirements.order_by("order", "key")
    )
    return TemplateSpec(key=template.key, version=template.version, requirements=requirements)


@dataclass(frozen=True)
class ResultRow:
    key: str
    title: str
    required: bool
    status: str
    status_label: str
    reason: str
    advice: str
    where: str
    quote: str
    path: tuple[str, ...] = ()  # the evidence's heading path
    parts: tuple[PartRow, ...] = ()


@dataclass(frozen=True)
class PartRow:
    name: str
    title: str
    found: bool
    quote: str


@dataclass(frozen=True)
class FindingRow:
    code: str
    severity: str
    severity_label: str
    message: str
    where: str
    path: tuple[str, ...] = ()


def check_report(run: CheckRun, *, language: str) -> tuple[list[ResultRow], list[FindingRow]]:
    """The check run as rows for the version page, in the reader's language."""
    from plans.finding_texts import finding_text, part_name, reason_text
    from plans.models import FindingSeverity, RequirementStatus

    requirements = {r.key: r for r in run.template.requirements.all()} if run.template else {}
    english = language.startswith("en")
    rows = []
    for result in run.results.all():
        requirement = requirements.get(result.key)
        evidence = result.evidence[0] if result.evidence else {}
        rows.append(
            ResultRow(
                key=result.key,
                title=(requirement.title_en if english else requirement.title_sv)
                if requirement
                else result.key,
                required=requirement.required if requirement else True,
                status=result.status,
                status_label=str(RequirementStatus(result.status).label),
                reason=reason_text(result.reason, result.params),
                advice=""
                if result.status == "met" or requirement is None
                else (requirement.advice_en if english else requirement.advice_sv),
                where=" › ".join(evidence.get("heading_path", [])),
                quote=evidence.get("quote", ""),
                path=tuple(evidence.get("heading_path", [])),
                parts=tuple(
                    PartRow(
                        name=str(p.get("name", "")),
                        title=part_name(str(p.get("name", ""))),
                        found=bool(p.get("found")),
                        quote=str((p.get("evidence") or {}).get("quote", "")),
                    )
                    for p in result.parts
                ),
            )
        )
    findings = [
        FindingRow(
            code=f.code,
            severity=f.severity,
            severity_label=str(FindingSeverity(f.severity).label),
            message=finding_text(f.code, {**f.params, "masked": f.masked}),
            where=" › ".join(f.evidence[0].get("heading_path", [])) if f.evidence else "",
            path=tuple(f.evidence[0].get("heading_path", [])) if f.evidence else (),
        )
        for f in run.findings.all()
    ]
    return rows, findings


# --- The version's results: one current run per version (PlanVersion.current_run), read here only ---

# Newest first, and the same tie-break everywhere a version's runs are listed.
RUN_ORDER = ("-created_at", "-id")


def runs_with_rows() -> QuerySet[CheckRun]:
    """Check runs with what a report of them needs: template, requirements, results, findings."""
    return CheckRun.objects.select_related("template").prefetch_related(
        "results", "findings", "template__requirements"
    )


def current_check_run(version: PlanVersion) -> CheckRun | None:
    """The run the version's results come from, with its rows; None before its first check.

    Read from the row, not the instance: a check may have finished since the instance was loaded."""
    current = PlanVersion.objects.filter(pk=version.pk).values("current_run_id")[:1]
    return runs_with_rows().filter(pk=Subquery(current)).first()


def check_run_of(version: PlanVersion, run_id: int | None) -> CheckRun | None:
    """One of the version's own runs (an earlier one a decision saw), else its current run."""
    if run_id is None:
        return current_check_run(version)
    return runs_with_rows().filter(pk=run_id, version=version).first()


@dataclass(frozen=True)
class ResultCounts:
    met: int = 0
    partial: int = 0
    missing: int = 0
    findings: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"met": self.met, "partial": self.partial, "missing": self.missing, "findings": self.findings}


def run_counts(run_ids: Iterable[int | None]) -> dict[int, ResultCounts]:
    """How many requirements each run found met, partly met and missing, and how many findings: the
    one place these are counted, two queries whatever the number of runs."""
    ids = {run_id for run_id in run_ids if run_id is not None}
    if not ids:
        return {}
    statuses: dict[int, dict[str, int]] = defaultdict(dict)
    for run_id, status, n in (
        RequirementResult.objects.filter(check_run_id__in=ids)
        .values("check_run_id", "status")
        .annotate(n=Count("pk"))
        .values_list("check_run_id", "status", "n")
    ):
        statuses[run_id][status] = n
    findings = dict(
        Finding.objects.filter(check_run_id__in=ids)
        .values("check_run_id")
        .annotate(n=Count("pk"))
        .values_list("check_run_id", "n")
    )
    return {
        run_id: ResultCounts(
            met=statuses[run_id].get("met", 0),
            partial=statuses[run_id].get("partial", 0),
            missing=statuses[run_id].get("missing", 0),
            findings=findings.get(run_id, 0),
        )
        for run_id in ids
    }


def run_results(run_ids: Iterable[int | None]) -> dict[int, dict[str, str]]:
    """run id → {requirement key: met/partial/missing} in the run's order: one query."""
    ids = {run_id for run_id in run_ids if run_id is not None}
    results: dict[int, dict[str, str]] = {run_id: {} for run_id in ids}
    for run_id, key, status in (
        RequirementResult.objects.filter(check_run_id__in=ids)
        .order_by("check_run_id", "order")
        .values_list("check_run_id", "key", "status")
    ):
        results[run_id][key] = status
    return results


@dataclass(frozen=True)
class RunRecord:
    """Something a person based on one of the version's runs (a decision, a letter): the audit row."""

    title: str
    at: datetime.datetime
    by: str
    run: CheckRun | None


def version_records(version: PlanVersion) -> list[RunRecord]:
    """The decisions and letters recorded on the version, each with the run it saw: the run named in
    its audit row, else (rows written before runs were named) the newest run there was at the time.
    Uses the version's prefetched runs; one query for the rows."""
    runs = sorted(version.check_runs.all(), key=lambda r: (r.created_at, r.pk), reverse=True)
    by_id = {run.pk: run for run in runs}
    rows = PlanEvent.objects.filter(version=version, kind__in=RECORD_EVENT_KINDS).order_by("at", "pk")
    records = []
    for event in rows:
        run_id = event.data.get("check_run") if isinstance(event.data, dict) else None
        run = by_id.get(run_id) if isinstance(run_id, int) else None
        if run is None:
            run = next((r for r in runs if r.created_at <= event.at), None)
        records.append(RunRecord(title=event.kind_label, at=event.at, by=event.actor_label, run=run))
    return records


def previous_year_version(plan: Plan) -> PlanVersion | None:
    """The newest version of the same school's plan for the school year before this one."""
    year = plan.school_year
    previous_year = (
        SchoolYear.objects.filter(district_id=year.district_id, starts_on__lt=year.starts_on)
        .order_by("-starts_on")
        .first()
    )
    if previous_year is None:
        return None
    return (
        PlanVersion.objects.filter(plan__school_id=plan.school_id, plan__school_year=previous_year)
        .order_by("-number")
        .first()
    )


def result_counts(version: PlanVersion) -> dict[str, int]:
    """The version's current run counted (met, partial, missing, findings): two queries."""
    return run_counts([version.current_run_id]).get(version.current_run_id or 0, ResultCounts()).as_dict()


def decided_versions(*, school_year: SchoolYear) -> QuerySet[PlanVersion]:
    """Versions of the school year that a decision or a letter was based on (their audit trail says)."""
    return PlanVersion.objects.filter(
        plan__school_year=school_year,
        pk__in=PlanEvent.objects.filter(kind__in=RECORD_EVENT_KINDS, version__isnull=False).values(
            "version_id"
        ),
    )
