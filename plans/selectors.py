"""Reads of plans: visible lists with what each row needs, computed in the database."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.utils import timezone

from plans import permissions
from plans.checking import RequirementSpec, TemplateSpec
from plans.models import (
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
        .prefetch_related(Prefetch("check_runs", queryset=CheckRun.objects.order_by("-created_at")))
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


def latest_check_run(version: PlanVersion) -> CheckRun | None:
    return (
        version.check_runs.select_related("template")
        .prefetch_related("results", "findings", "template__requirements")
        .order_by("-created_at")
        .first()
    )


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
    """How many requirements the version's newest check run found met, partly met and missing, and
    how many findings: two queries."""
    run_id = version.check_runs.order_by("-created_at").values_list("pk", flat=True).first()
    counts = {"met": 0, "partial": 0, "missing": 0, "findings": 0}
    if run_id is None:
        return counts
    counts.update(
        RequirementResult.objects.filter(check_run_id=run_id)
        .values("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    counts["findings"] = Finding.objects.filter(check_run_id=run_id).count()
    return counts
